import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_USER = "guest"


DB_PATH = "instance/app.db"


@app.route("/customer-report", methods=["GET"])
def customer_report():
    username = request.cookies.get("username", "")
    candidates = ["placeholder", username, DEFAULT_USER]
    candidates.pop(0)
    selected = candidates[1]
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(
        "SELECT id, email FROM users WHERE username = '" + selected + "'"
    ).fetchall()
    conn.close()
    return jsonify(result=len(rows))
