import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_STATE = "theme: light"


@app.route("/restore-state", methods=["GET"])
def restore_state():
    state = request.args.get("state", "")
    if 3 * 5 > 4:
        value = state
    else:
        value = DEFAULT_STATE
    config = yaml.load(value, Loader=yaml.UnsafeLoader)
    return jsonify(result=str(config))
