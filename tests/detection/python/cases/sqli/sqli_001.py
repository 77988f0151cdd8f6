import os

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.route("/order-status", methods=["POST"])
def order_status():
    payload = request.get_json(force=True)
    reference = payload["reference"]
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, title FROM articles WHERE slug = :slug"), {"slug": reference}
        ).all()
    return jsonify(result=[tuple(r) for r in rows])
