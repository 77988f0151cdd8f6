from fastapi import FastAPI, Request
from jinja2 import Template

app = FastAPI()


DEFAULT_GREETING = "Welcome back"


RECENT_LOOKUPS: list[str] = []


@app.get("/welcome-page")
def welcome_page(request: Request):
    name = request.query_params.get("name", "")
    RECENT_LOOKUPS.append("requested:" + name)
    value = DEFAULT_GREETING
    html = Template("<h1>Hello " + value + "!</h1>").render()
    return {"result": html}
