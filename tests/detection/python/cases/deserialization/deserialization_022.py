import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@app.route("/restore-state", methods=["POST"])
def restore_state():
    payload = request.get_json(force=True)
    state = payload["state"]
    value = LookupRequest(state).term
    config = yaml.safe_load(value)
    return jsonify(result=config)
