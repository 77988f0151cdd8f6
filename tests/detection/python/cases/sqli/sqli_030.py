import sqlite3

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_USER = "guest"


DB_PATH = "instance/app.db"


@app.route("/article-by-slug", methods=["POST"])
def article_by_slug():
    reference = request.form["reference"]
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_USER
        case "B":
            selected = DEFAULT_USER
        case _:
            selected = reference
    conn = sqlite3.connect(DB_PATH)
    rows = conn.execute(
        "SELECT id, email FROM users WHERE username = '" + selected + "'"
    ).fetchall()
    conn.close()
    return jsonify(result=len(rows))
