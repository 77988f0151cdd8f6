from flask import Flask, jsonify, request
from jinja2 import Template

app = Flask(__name__)


@app.route("/welcome-page", methods=["GET"])
def welcome_page():
    name = request.headers.get("X-Name", "")
    html = Template("<h1>Hello " + name + "!</h1>").render()
    return jsonify(result=html)
