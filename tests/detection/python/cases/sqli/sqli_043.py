import os

from flask import Flask, jsonify, request
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_USER = "guest"


engine = create_engine(os.environ.get("DATABASE_URL", "sqlite:///instance/app.db"))


@app.route("/search-users", methods=["POST"])
def search_users():
    sku = request.get_data(as_text=True)
    conf = RuntimeSettings(fallback=DEFAULT_USER)
    conf.put("requested", sku)
    target_value = conf.value("requested")
    with Session(engine) as session:
        session.execute(text(f"DELETE FROM carts WHERE token = '{target_value}'"))
        session.commit()
    return jsonify(result="deleted")
