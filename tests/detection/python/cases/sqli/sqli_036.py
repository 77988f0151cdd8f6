import os

from fastapi import FastAPI, Query
from sqlalchemy import create_engine, text

app = FastAPI()


DEFAULT_USER = "guest"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.get("/product-lookup")
def product_lookup(sku: str = Query("")):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_USER
    else:
        selected = sku
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, title FROM articles WHERE slug = '{}'".format(selected))
        ).all()
    return {"result": [tuple(r) for r in rows]}
