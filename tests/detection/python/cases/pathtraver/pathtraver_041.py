import os

from flask import Flask, request, send_file

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.route("/get-attachment", methods=["GET"])
def get_attachment():
    attachment = request.cookies.get("attachment", "")
    mode = "ABC"[1]
    match mode:
        case "A":
            item = attachment
        case "B":
            item = DEFAULT_FILE
        case _:
            item = attachment
    return send_file(os.path.join(BASE_DIR, item))
