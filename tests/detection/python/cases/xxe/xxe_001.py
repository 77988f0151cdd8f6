import xml.sax
import xml.sax.handler
from xml.dom import minidom

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.route("/read-manifest", methods=["GET"])
def read_manifest():
    manifest = request.args.get("manifest", "")
    mode = "ABC"[1]
    match mode:
        case "A":
            item = manifest
        case "B":
            item = DEFAULT_DOCUMENT
        case _:
            item = manifest
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    doc = minidom.parseString(item, parser)
    return jsonify(result=doc.documentElement.tagName)
