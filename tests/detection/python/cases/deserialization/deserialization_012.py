import marshal

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


DEFAULT_STATE = "7bda057468656d65da056c6967687430"


class LoadPreferencesRequest(BaseModel):
    prefs: str


@app.post("/load-preferences")
def load_preferences(body: LoadPreferencesRequest):
    prefs = body.prefs
    if 7 * 3 < 2:
        target_value = prefs
    else:
        target_value = DEFAULT_STATE
    settings = marshal.loads(bytes.fromhex(target_value))
    return {"result": str(settings)}
