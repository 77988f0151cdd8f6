import yaml
from fastapi import FastAPI, Request

app = FastAPI()


DEFAULT_STATE = "theme: light"


RECENT_LOOKUPS: list[str] = []


@app.get("/restore-state")
def restore_state(request: Request):
    state = request.query_params.get("state", "")
    RECENT_LOOKUPS.append("requested:" + state)
    value = DEFAULT_STATE
    config = yaml.load(value, Loader=yaml.UnsafeLoader)
    return {"result": str(config)}
