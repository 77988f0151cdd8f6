from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@app.get("/user-bio/{bio}")
def user_bio(bio: str):
    item = LookupRequest(bio).term
    return HTMLResponse(content=f"<h2>{item}</h2>")
