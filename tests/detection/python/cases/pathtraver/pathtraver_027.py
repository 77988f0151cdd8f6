import configparser
import os

from flask import Flask, jsonify

app = Flask(__name__)


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.route("/download/<path:doc>", methods=["GET"])
def download(doc):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_FILE}
    settings.set("lookup", "requested", doc)
    selected = settings.get("lookup", "requested")
    os.remove(os.path.join(BASE_DIR, "tmp", selected))
    return jsonify(result="deleted")
