import yaml
from fastapi import FastAPI, Query

from benchlib.textutil import truncate

app = FastAPI()


@app.get("/resume-wizard")
def resume_wizard(snapshot: str = Query("")):
    item = truncate(snapshot, 128)
    config = yaml.safe_load(item)
    return {"result": config}
