from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

app = FastAPI()


DEFAULT_TARGET = "shop.example.com"


RECENT_LOOKUPS: list[str] = []


@app.get("/login-done")
def login_done(next_url: str = Header("")):
    RECENT_LOOKUPS.append("requested:" + next_url)
    value = DEFAULT_TARGET
    return RedirectResponse(f"//{value}/landing")
