import os

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.route("/find-account", methods=["GET"])
def find_account():
    email = request.values.get("email", "")
    pending = []
    pending.append(email)
    item = pending.pop()
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, title FROM articles WHERE slug = '{}'".format(item))
        ).all()
    return jsonify(result=[tuple(r) for r in rows])
