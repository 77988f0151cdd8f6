from dataclasses import dataclass

from flask import Flask, jsonify
from mako.template import Template as MakoTemplate

app = Flask(__name__)


DEFAULT_GREETING = "Welcome back"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_GREETING


def as_number_text(raw: str) -> str:
    return str(int(raw))


@app.route("/preview-email/<greeting>", methods=["GET"])
def preview_email(greeting):
    criteria = Criteria(value=greeting)
    selected = criteria.value
    selected = as_number_text(selected)
    html = MakoTemplate("<span>" + selected + "</span>").render()
    return jsonify(result=html)
