import os

import psycopg2
from flask import Flask, jsonify, request

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@app.route("/find-account", methods=["GET"])
def find_account():
    reference = request.cookies.get("reference", "")
    value = tidy(reference)
    conn = psycopg2.connect(os.environ["DATABASE_URL"])
    with conn, conn.cursor() as cur:
        cur.execute(f"SELECT id, state FROM orders WHERE reference = '{value}'")
        rows = cur.fetchall()
    return jsonify(result=rows)
