from fastapi import FastAPI, Query
from mako.template import Template as MakoTemplate

app = FastAPI()


DEFAULT_GREETING = "Welcome back"


@app.get("/preview-email")
def preview_email(greeting: str = Query("")):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_GREETING
    else:
        selected = greeting
    html = MakoTemplate("<span>" + selected + "</span>").render()
    return {"result": html}
