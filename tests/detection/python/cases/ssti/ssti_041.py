import configparser

from fastapi import FastAPI
from mako.template import Template as MakoTemplate

app = FastAPI()


DEFAULT_GREETING = "Welcome back"


@app.get("/signature-preview/{signature}")
def signature_preview(signature: str):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_GREETING}
    settings.set("lookup", "requested", signature)
    item = settings.get("lookup", "fallback")
    html = MakoTemplate("<span>" + item + "</span>").render()
    return {"result": html}
