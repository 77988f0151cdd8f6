import defusedxml.ElementTree as DefusedET
from flask import Flask, jsonify

from benchlib import requestdata
from benchlib.textutil import truncate

app = Flask(__name__)


@app.route("/read-manifest", methods=["GET"])
def read_manifest():
    manifest = requestdata.query_value("manifest")
    item = truncate(manifest, 128)
    root = DefusedET.fromstring(item)
    return jsonify(result=root.tag)
