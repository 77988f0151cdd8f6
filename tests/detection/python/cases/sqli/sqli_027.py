import sqlite3
from dataclasses import dataclass

from fastapi import FastAPI, Request

app = FastAPI()


DEFAULT_USER = "guest"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_USER


DB_PATH = "instance/app.db"


@app.get("/article-by-slug")
def article_by_slug(request: Request):
    email = request.query_params.get("email", "")
    criteria = Criteria(value=email)
    entry = criteria.value
    with sqlite3.connect(DB_PATH) as conn:
        cursor = conn.cursor()
        cursor.execute("SELECT sku, price FROM products WHERE sku = '%s'" % entry)
        rows = cursor.fetchall()
    return {"result": rows}
