from fastapi import FastAPI, Form
from mako.template import Template as MakoTemplate

app = FastAPI()


DEFAULT_GREETING = "Welcome back"


@app.post("/welcome-page")
def welcome_page(name: str = Form("")):
    candidates = [DEFAULT_GREETING, "placeholder", name]
    candidates.pop(1)
    value = candidates[1]
    html = MakoTemplate("<span>${signature | h}</span>").render(signature=value)
    return {"result": html}
