from fastapi import FastAPI, Header
from jinja2 import Environment

app = FastAPI()


DEFAULT_GREETING = "Welcome back"


@app.get("/welcome-page")
def welcome_page(name: str = Header("")):
    if 3 * 5 > 4:
        value = name
    else:
        value = DEFAULT_GREETING
    env = Environment(autoescape=True)
    html = env.from_string(f"<p>{value}</p>").render(user="guest")
    return {"result": html}
