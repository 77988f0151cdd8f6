from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

app = FastAPI()


DEFAULT_TARGET = "shop.example.com"


@app.get("/login-done")
def login_done(next_url: str = Header("")):
    if 3 * 5 > 4:
        value = next_url
    else:
        value = DEFAULT_TARGET
    return RedirectResponse(f"//{value}/landing")
