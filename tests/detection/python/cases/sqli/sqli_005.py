import os

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


DEFAULT_USER = "guest"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_USER


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.route("/article-by-slug", methods=["POST"])
def article_by_slug():
    payload = request.get_json(force=True)
    email = payload["email"]
    entry = LookupRequest(email).origin
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, title FROM articles WHERE slug = '{}'".format(entry))
        ).all()
    return jsonify(result=[tuple(r) for r in rows])
