import os

from flask import Flask, jsonify, request
from werkzeug.utils import secure_filename

app = Flask(__name__)


BASE_DIR = "/srv/app/uploads"


@app.route("/download", methods=["GET"])
def download():
    doc = request.args.get("doc", "")
    with open(os.path.join(BASE_DIR, secure_filename(doc)), "rb") as handle:
        size = len(handle.read())
    return jsonify(result=size)
