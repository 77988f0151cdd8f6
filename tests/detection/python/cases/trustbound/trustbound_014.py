import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()


DEFAULT_THEME = "light"


app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/set-theme/{theme}")
def set_theme(theme: str, request: Request):
    options = {"mode": "basic"}
    options["target"] = theme
    value = options.get("target", DEFAULT_THEME)
    request.session["locale"] = value
    return {"result": "saved"}
