import html

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


DEFAULT_MESSAGE = "Welcome"


@app.get("/show-comment/{comment}")
def show_comment(comment: str):
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_MESSAGE
        case "B":
            selected = DEFAULT_MESSAGE
        case _:
            selected = comment
    return HTMLResponse(content=f"<h2>{html.escape(selected)}</h2>")
