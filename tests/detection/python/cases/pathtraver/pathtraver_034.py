import configparser
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.route("/export-report", methods=["GET"])
def export_report():
    attachment = request.values.get("attachment", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_FILE}
    settings.set("lookup", "requested", attachment)
    item = settings.get("lookup", "fallback")
    path = os.path.join(BASE_DIR, item)
    if not path.startswith(BASE_DIR):
        abort(400)
    with open(path) as handle:
        content = handle.read()
    return jsonify(result=content)
