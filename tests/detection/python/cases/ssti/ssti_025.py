import jinja2
from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/banner")
def banner(motd: str = Form("")):
    html = jinja2.Template(motd).render(site="shop")
    return {"result": html}
