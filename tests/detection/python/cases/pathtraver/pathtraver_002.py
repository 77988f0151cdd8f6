import os

from flask import Flask, abort, jsonify, request
from werkzeug.security import safe_join

app = Flask(__name__)


BASE_DIR = "/srv/app/uploads"


@app.route("/read-document", methods=["POST"])
def read_document():
    report = request.get_data(as_text=True)
    path = safe_join(BASE_DIR, report)
    if path is None:
        abort(400)
    present = os.path.exists(path)
    return jsonify(result=present)
