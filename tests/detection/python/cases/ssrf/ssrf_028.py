from urllib.request import urlopen

from fastapi import FastAPI, Query

app = FastAPI()


DEFAULT_URL = "https://status.example.com/health"


@app.get("/fetch-preview")
def fetch_preview(url: str = Query("")):
    options = {"mode": "basic"}
    options["target"] = url
    value = options.get("target", DEFAULT_URL)
    body = urlopen(value).read()
    return {"result": len(body)}
