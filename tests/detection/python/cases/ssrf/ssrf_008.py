import configparser
import urllib.request

from fastapi import FastAPI

app = FastAPI()


DEFAULT_URL = "https://status.example.com/health"


@app.get("/import-feed/{feed:path}")
def import_feed(feed: str):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_URL}
    settings.set("lookup", "requested", feed)
    item = settings.get("lookup", "fallback")
    with urllib.request.urlopen(item, timeout=5) as reply:
        body = reply.read()
    return {"result": len(body)}
