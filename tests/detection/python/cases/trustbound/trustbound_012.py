import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()


app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/set-locale/{locale}")
def set_locale(locale: str, request: Request):
    request.session["page_size"] = min(int(locale), 100)
    return {"result": "saved"}
