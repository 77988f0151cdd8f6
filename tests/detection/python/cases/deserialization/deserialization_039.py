import yaml
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/import-payload", methods=["GET"])
def import_payload():
    payload = request.values.get("payload", "")
    selected = payload.strip()[:200]
    config = yaml.load(selected, Loader=yaml.Loader)
    return jsonify(result=str(config))
