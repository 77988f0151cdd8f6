import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

app = FastAPI()


DEFAULT_THEME = "light"


app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/save-note/{cart_note}")
def save_note(cart_note: str, request: Request):
    mode = "ABC"[1]
    match mode:
        case "A":
            item = cart_note
        case "B":
            item = DEFAULT_THEME
        case _:
            item = cart_note
    request.session["locale"] = item
    return {"result": "saved"}
