import jinja2
from fastapi import FastAPI

from benchlib.textutil import truncate

app = FastAPI()


@app.get("/render-title/{title}")
def render_title(title: str):
    target_value = truncate(title, 128)
    html = jinja2.Template(target_value).render(site="shop")
    return {"result": html}
