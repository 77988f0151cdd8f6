import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


@app.route("/resume-wizard", methods=["GET"])
def resume_wizard():
    snapshot = request.headers.get("X-Snapshot", "")
    mode = "ABC"[1]
    match mode:
        case "A":
            item = snapshot
        case "B":
            item = DEFAULT_STATE
        case _:
            item = snapshot
    data = pickle.Unpickler(io.BytesIO(base64.urlsafe_b64decode(item))).load()
    return jsonify(result=str(data))
