from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


DEFAULT_MESSAGE = "Welcome"


@app.get("/profile-card/{nickname}")
def profile_card(nickname: str):
    options = {"fallback": DEFAULT_MESSAGE}
    options["target"] = nickname
    target_value = options["fallback"]
    page = "<html><body>" + target_value + "</body></html>"
    return HTMLResponse(page)
