from flask import Flask, abort, jsonify
from jinja2 import Environment

from benchlib import requestdata

app = Flask(__name__)


KNOWN_GREETINGS = {"Welcome back", "Hello", "Good morning"}


@app.route("/signature-preview", methods=["GET"])
def signature_preview():
    signature = requestdata.query_value("signature")
    if signature not in KNOWN_GREETINGS:
        abort(400)
    env = Environment(autoescape=True)
    html = env.from_string(f"<p>{signature}</p>").render(user="guest")
    return jsonify(result=html)
