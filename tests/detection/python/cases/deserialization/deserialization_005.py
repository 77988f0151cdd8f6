import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


@app.route("/import-payload", methods=["GET"])
def import_payload():
    payload = request.cookies.get("payload", "")
    candidates = ["placeholder", payload, DEFAULT_STATE]
    candidates.pop(0)
    selected = candidates[1]
    data = pickle.loads(base64.b64decode(selected))
    return jsonify(result=str(data))
