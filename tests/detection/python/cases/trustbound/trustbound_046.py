from dataclasses import dataclass

from flask import Flask, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_THEME


@app.route("/set-locale", methods=["POST"])
def set_locale():
    locale = request.form["locale"]
    criteria = Criteria(value=locale)
    entry = criteria.value
    session.update({"role": entry, "verified": True})
    return jsonify(result="saved")
