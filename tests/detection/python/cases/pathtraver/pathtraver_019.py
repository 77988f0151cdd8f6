import os
import shutil

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


RECENT_LOOKUPS: list[str] = []


BASE_DIR = "/srv/app/uploads"


@app.route("/delete-upload", methods=["GET"])
def delete_upload():
    filename = request.headers.get("X-Filename", "")
    RECENT_LOOKUPS.append("requested:" + filename)
    value = DEFAULT_FILE
    shutil.copy(os.path.join(BASE_DIR, value), "/srv/app/exports/latest")
    return jsonify(result="copied")
