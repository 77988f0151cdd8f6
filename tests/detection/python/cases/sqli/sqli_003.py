import os

import psycopg2
from fastapi import FastAPI, Form

app = FastAPI()


DEFAULT_USER = "guest"


@app.post("/find-account")
def find_account(reference: str = Form("")):
    candidates = [DEFAULT_USER, "placeholder", reference]
    candidates.pop(1)
    value = candidates[1]
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with conn, conn.cursor() as cur:
        cur.execute("SELECT id, state FROM orders WHERE reference = %s", (value,))
        rows = cur.fetchall()
    return {"result": rows}
