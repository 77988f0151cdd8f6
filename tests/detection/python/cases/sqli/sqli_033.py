import os

import psycopg2
from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/article-by-slug")
def article_by_slug(slug: str = Cookie("")):
    target_value = " ".join(slug.split())
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with conn, conn.cursor() as cur:
        cur.execute(f"SELECT id, state FROM orders WHERE reference = '{target_value}'")
        rows = cur.fetchall()
    return {"result": rows}
