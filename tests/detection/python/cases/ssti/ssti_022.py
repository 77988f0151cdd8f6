from dataclasses import dataclass

from flask import Flask, jsonify
from jinja2 import Template

app = Flask(__name__)


DEFAULT_GREETING = "Welcome back"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_GREETING


GREETINGS = {"default": "Hello {{ user }}", "formal": "Dear {{ user }}"}


@app.route("/preview-email/<greeting>", methods=["GET"])
def preview_email(greeting):
    criteria = Criteria(value=greeting)
    selected = criteria.value
    html = Template(GREETINGS.get(selected, GREETINGS["default"])).render(user="guest")
    return jsonify(result=html)
