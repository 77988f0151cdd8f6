import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


DB_PATH = "instance/app.db"


@app.route("/search-users", methods=["GET"])
def search_users():
    username = request.headers.get("X-Username", "")
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(
        "SELECT id, email FROM users WHERE username = '" + username + "'"
    ).fetchall()
    conn.close()
    return jsonify(result=len(rows))
