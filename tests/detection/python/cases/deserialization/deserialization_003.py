import base64
import configparser

import dill as serializer
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


class ImportPayloadRequest(BaseModel):
    payload: str


@app.post("/import-payload")
def import_payload(body: ImportPayloadRequest):
    payload = body.payload
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_STATE}
    settings.set("lookup", "requested", payload)
    selected = settings.get("lookup", "requested")
    data = serializer.loads(base64.b64decode(selected))
    return {"result": str(data)}
