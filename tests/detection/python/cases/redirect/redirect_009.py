from fastapi import FastAPI, Header
from fastapi.responses import RedirectResponse

app = FastAPI()


DEFAULT_TARGET = "/dashboard"


@app.get("/jump")
def jump(dest: str = Header("")):
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_TARGET
    else:
        entry = dest
    return RedirectResponse(url=entry, status_code=303)
