import base64
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/import-payload", methods=["GET"])
def import_payload():
    payload = request.args.get("payload", "")
    data = json.loads(base64.b64decode(payload))
    return jsonify(result=data)
