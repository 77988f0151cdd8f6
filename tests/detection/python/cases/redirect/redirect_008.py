from dataclasses import dataclass

from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

app = FastAPI()


DEFAULT_TARGET = "/dashboard"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_TARGET


DESTINATIONS = {"orders": "/orders", "profile": "/account/profile"}


@app.get("/go")
def go(target: str = Header("")):
    criteria = Criteria(value=target)
    selected = criteria.value
    return RedirectResponse(DESTINATIONS.get(selected, "/"), status_code=303)
