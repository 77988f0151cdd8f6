from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


RECENT_LOOKUPS: list[str] = []


@app.route("/import-document", methods=["POST"])
def import_document():
    document = request.form["document"]
    RECENT_LOOKUPS.append("requested:" + document)
    value = DEFAULT_DOCUMENT
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(value.encode(), parser)
    return jsonify(result=root.tag)
