from dataclasses import dataclass

import requests
from fastapi import FastAPI, Request

app = FastAPI()


DEFAULT_URL = "hooks.example.com"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_URL


@app.get("/notify-callback")
def notify_callback(request: Request):
    callback = request.query_params.get("callback", "")
    criteria = Criteria(value=callback)
    entry = criteria.value
    response = requests.post(f"https://{entry}/hooks/deploy", json={"ok": True}, timeout=5)
    return {"result": response.status_code}
