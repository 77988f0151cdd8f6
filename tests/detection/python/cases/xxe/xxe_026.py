from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/import-document", methods=["POST"])
def import_document():
    payload = request.get_json(force=True)
    document = payload["document"]
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(document.encode(), parser)
    return jsonify(result=root.tag)
