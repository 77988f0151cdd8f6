from defusedxml import minidom as defused_minidom
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/read-manifest", methods=["POST"])
def read_manifest():
    manifest = request.form["manifest"]
    item = manifest.strip()[:200]
    doc = defused_minidom.parseString(item)
    return jsonify(result=doc.documentElement.tagName)
