from urllib.parse import urlparse

import requests
from fastapi import FastAPI, HTTPException

app = FastAPI()


ALLOWED_HOSTS = {"status.example.com", "feeds.example.com"}


@app.get("/import-feed/{feed:path}")
def import_feed(feed: str):
    if urlparse(feed).hostname not in ALLOWED_HOSTS:
        raise HTTPException(status_code=400, detail="invalid value")
    response = requests.get(feed, timeout=5)
    return {"result": response.status_code}
