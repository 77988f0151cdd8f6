import base64
import pickle

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


@app.route("/import-payload", methods=["GET"])
def import_payload():
    payload = requestdata.query_value("payload")
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_STATE
        case "B":
            selected = DEFAULT_STATE
        case _:
            selected = payload
    data = pickle.loads(base64.b64decode(selected))
    return jsonify(result=str(data))
