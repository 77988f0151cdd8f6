from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


DEFAULT_MESSAGE = "Welcome"


@app.get("/show-comment/{comment}")
def show_comment(comment: str):
    candidates = ["placeholder", comment, DEFAULT_MESSAGE]
    candidates.pop(0)
    selected = candidates[1]
    return HTMLResponse(content=f"<h2>{selected}</h2>")
