import base64
import json
from dataclasses import dataclass

from fastapi import FastAPI, Header

app = FastAPI()


DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_STATE


@app.get("/import-payload")
def import_payload(payload: str = Header("")):
    criteria = Criteria(value=payload)
    selected = criteria.value
    data = json.loads(base64.b64decode(selected))
    return {"result": data}
