from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

app = FastAPI()


DESTINATIONS = {"orders": "/orders", "profile": "/account/profile"}


@app.get("/go")
def go(target: str = Header("")):
    return RedirectResponse(DESTINATIONS.get(target, "/"), status_code=303)
