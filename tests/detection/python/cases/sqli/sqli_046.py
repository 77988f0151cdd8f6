import configparser
import os

import psycopg2
from fastapi import FastAPI

app = FastAPI()


DEFAULT_USER = "guest"


@app.get("/product-lookup/{slug}")
def product_lookup(slug: str):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_USER}
    settings.set("lookup", "requested", slug)
    item = settings.get("lookup", "fallback")
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with conn, conn.cursor() as cur:
        cur.execute(f"SELECT id, state FROM orders WHERE reference = '{item}'")
        rows = cur.fetchall()
    return {"result": rows}
