import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

from benchlib.textutil import truncate

app = FastAPI()


app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/update-profile/{display_name}")
def update_profile(display_name: str, request: Request):
    target_value = truncate(display_name, 128)
    request.session["locale"] = target_value
    return {"result": "saved"}
