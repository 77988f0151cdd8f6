from dataclasses import dataclass

import yaml
from fastapi import FastAPI, Request

app = FastAPI()


DEFAULT_STATE = "theme: light"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_STATE


@app.get("/upload-config")
def upload_config(request: Request):
    document = request.query_params.get("document", "")
    criteria = Criteria(value=document)
    entry = criteria.value
    config = yaml.load(entry, Loader=yaml.Loader)
    return {"result": str(config)}
