from pathlib import Path

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.route("/get-attachment", methods=["GET"])
def get_attachment():
    filename = request.args.get("filename", "")
    if 3 * 5 > 4:
        value = filename
    else:
        value = DEFAULT_FILE
    content = (Path(BASE_DIR) / value).read_text()
    return jsonify(result=content)
