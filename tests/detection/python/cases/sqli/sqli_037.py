import os

from fastapi import FastAPI, Form
from sqlalchemy import create_engine, text

app = FastAPI()


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.post("/list-customers")
def list_customers(sku: str = Form("")):
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, title FROM articles WHERE slug = '{}'".format(sku))
        ).all()
    return {"result": [tuple(r) for r in rows]}
