import jinja2
from fastapi import FastAPI, Query

app = FastAPI()


DEFAULT_GREETING = "Welcome back"


@app.get("/welcome-page")
def welcome_page(name: str = Query("")):
    options = {"mode": "basic"}
    options["target"] = name
    value = options.get("target", DEFAULT_GREETING)
    html = jinja2.Template(value).render(site="shop")
    return {"result": html}
