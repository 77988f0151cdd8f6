import os

from fastapi import FastAPI, Request
from starlette.middleware.sessions import SessionMiddleware

from benchlib.settings import RuntimeSettings

app = FastAPI()


DEFAULT_THEME = "light"


app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


@app.get("/update-profile/{display_name}")
def update_profile(display_name: str, request: Request):
    conf = RuntimeSettings(fallback=DEFAULT_THEME)
    conf.put("requested", display_name)
    target_value = conf.value("requested")
    request.session["page_size"] = min(int(target_value), 100)
    return {"result": "saved"}
