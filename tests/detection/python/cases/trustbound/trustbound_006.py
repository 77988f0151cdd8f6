import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

from benchlib.settings import RuntimeSettings

app = FastAPI()


DEFAULT_THEME = "light"


app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/set-theme/{theme}")
def set_theme(theme: str, request: Request):
    conf = RuntimeSettings(fallback=DEFAULT_THEME)
    conf.put("requested", theme)
    value = conf.value("fallback")
    request.session["locale"] = value
    return {"result": "saved"}
