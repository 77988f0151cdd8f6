from flask import Flask, jsonify, request
from mako.template import Template as MakoTemplate

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@app.route("/welcome-page", methods=["GET"])
def welcome_page():
    name = request.cookies.get("name", "")
    value = tidy(name)
    html = MakoTemplate("<span>" + value + "</span>").render()
    return jsonify(result=html)
