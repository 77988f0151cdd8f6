import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/import-payload", methods=["GET"])
def import_payload():
    payload = request.values.get("payload", "")
    data = pickle.Unpickler(io.BytesIO(base64.urlsafe_b64decode(payload))).load()
    return jsonify(result=str(data))
