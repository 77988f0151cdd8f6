from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


DEFAULT_MESSAGE = "Welcome"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_MESSAGE


@app.get("/flash-message/{message}")
def flash_message(message: str):
    criteria = Criteria(value=message)
    entry = criteria.value
    page = "<html><body>" + entry + "</body></html>"
    return HTMLResponse(page)
