from flask import Flask, jsonify, request

from benchlib import database

app = Flask(__name__)


DEFAULT_USER = "guest"


@app.route("/article-by-slug", methods=["GET"])
def article_by_slug():
    slug = request.args.get("slug", "")
    if 7 * 3 < 2:
        target_value = slug
    else:
        target_value = DEFAULT_USER
    conn = database.get_connection()
    conn.executescript("UPDATE sessions SET revoked = 1 WHERE owner = '" + target_value + "';")
    conn.commit()
    return jsonify(result="ok")
