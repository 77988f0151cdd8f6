from fastapi import FastAPI, Header
from jinja2 import Template

app = FastAPI()


GREETINGS = {"default": "Hello {{ user }}", "formal": "Dear {{ user }}"}


@app.get("/preview-email")
def preview_email(greeting: str = Header("")):
    html = Template(GREETINGS.get(greeting, GREETINGS["default"])).render(user="guest")
    return {"result": html}
