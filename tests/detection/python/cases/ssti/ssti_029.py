from flask import Flask, jsonify, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)


@app.route("/banner", methods=["POST"])
def banner():
    payload = request.get_json(force=True)
    motd = payload["motd"]
    env = Environment(loader=FileSystemLoader("templates"), autoescape=True)
    html = env.get_template("greeting.html").render(title=motd)
    return jsonify(result=html)
