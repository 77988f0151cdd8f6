from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


DEFAULT_GREETING = "Welcome back"


@app.route("/preview-email", methods=["GET"])
def preview_email():
    greeting = request.cookies.get("greeting", "")
    candidates = ["placeholder", greeting, DEFAULT_GREETING]
    candidates.pop(0)
    selected = candidates[1]
    env = Environment(autoescape=True)
    html = env.from_string(f"<p>{selected}</p>").render(user="guest")
    return jsonify(result=html)
