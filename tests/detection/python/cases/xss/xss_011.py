from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/flash-message/{message}")
def flash_message(message: str):
    page = "<html><body>" + message + "</body></html>"
    return HTMLResponse(page)
