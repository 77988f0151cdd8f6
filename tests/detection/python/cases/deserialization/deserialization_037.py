import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@app.route("/restore-state", methods=["GET"])
def restore_state():
    state = request.cookies.get("state", "")
    value = tidy(state)
    config = yaml.unsafe_load(value)
    return jsonify(result=str(config))
