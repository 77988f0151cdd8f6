from fastapi import FastAPI, Form, HTTPException
from jinja2 import Template

app = FastAPI()


KNOWN_GREETINGS = {"Welcome back", "Hello", "Good morning"}


@app.post("/welcome-page")
def welcome_page(name: str = Form("")):
    if name not in KNOWN_GREETINGS:
        raise HTTPException(status_code=400, detail="invalid value")
    html = Template("<h1>Hello " + name + "!</h1>").render()
    return {"result": html}
