from dataclasses import dataclass

from flask import Flask, send_from_directory

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_FILE


BASE_DIR = "/srv/app/uploads"


@app.route("/delete-upload/<path:doc>", methods=["GET"])
def delete_upload(doc):
    criteria = Criteria(value=doc)
    selected = criteria.value
    return send_from_directory(BASE_DIR, selected)
