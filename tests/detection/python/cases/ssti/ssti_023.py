from fastapi import FastAPI
from jinja2 import Template
from markupsafe import escape
from pydantic import BaseModel

app = FastAPI()


class RenderTitleRequest(BaseModel):
    title: str


@app.post("/render-title")
def render_title(body: RenderTitleRequest):
    title = body.title
    html = Template("<h1>" + escape(title) + "</h1>").render()
    return {"result": html}
