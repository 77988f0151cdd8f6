from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.route("/thumbnail", methods=["GET"])
def thumbnail():
    filename = request.cookies.get("filename", "")
    candidates = [DEFAULT_FILE, "placeholder", filename]
    candidates.pop(1)
    value = candidates[1]
    root = Path(BASE_DIR).resolve()
    target = (root / value).resolve()
    if not target.is_relative_to(root):
        abort(400)
    content = target.read_text()
    return jsonify(result=content)
