import os

from flask import Flask, request, send_file

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.route("/delete-upload", methods=["GET"])
def delete_upload():
    filename = request.args.get("filename", "")
    options = {"mode": "basic"}
    options["target"] = filename
    value = options.get("target", DEFAULT_FILE)
    return send_file(os.path.join(BASE_DIR, value))
