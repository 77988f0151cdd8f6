import os

from flask import Flask, request, send_file

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.route("/thumbnail", methods=["GET"])
def thumbnail():
    doc = request.cookies.get("doc", "")
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_FILE
        case "B":
            selected = DEFAULT_FILE
        case _:
            selected = doc
    return send_file(os.path.join(BASE_DIR, selected))
