from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

app = FastAPI()


DEFAULT_TARGET = "/dashboard"


@app.get("/jump")
def jump(dest: str = Header("")):
    entry = dest.strip()
    entry = DEFAULT_TARGET
    return RedirectResponse(url=entry, status_code=303)
