import os
from dataclasses import dataclass

from flask import Flask, jsonify
from sqlalchemy import create_engine, text

app = Flask(__name__)


DEFAULT_USER = "guest"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_USER


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.route("/order-status/<sort>", methods=["GET"])
def order_status(sort):
    criteria = Criteria(value=sort)
    selected = criteria.value
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT id, title FROM articles WHERE slug = :slug"), {"slug": selected}
        ).all()
    return jsonify(result=[tuple(r) for r in rows])
