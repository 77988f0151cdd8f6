import configparser

import yaml
from fastapi import FastAPI, Form

app = FastAPI()


DEFAULT_STATE = "theme: light"


@app.post("/resume-wizard")
def resume_wizard(snapshot: str = Form("")):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_STATE}
    settings.set("lookup", "requested", snapshot)
    item = settings.get("lookup", "fallback")
    config = yaml.unsafe_load(item)
    return {"result": str(config)}
