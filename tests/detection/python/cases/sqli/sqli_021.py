from fastapi import FastAPI

from benchlib import database
from benchlib.textutil import truncate

app = FastAPI()


@app.get("/list-customers/{username}")
def list_customers(username: str):
    target_value = truncate(username, 128)
    conn = database.get_connection()
    conn.executescript("UPDATE sessions SET revoked = 1 WHERE owner = '" + target_value + "';")
    conn.commit()
    return {"result": "ok"}
