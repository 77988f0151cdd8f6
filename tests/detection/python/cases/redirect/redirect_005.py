import configparser

from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

app = FastAPI()


DEFAULT_TARGET = "/dashboard"


@app.get("/go")
def go(target: str = Header("")):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_TARGET}
    settings.set("lookup", "requested", target)
    selected = settings.get("lookup", "requested")
    return RedirectResponse(url=selected, status_code=303)
