import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.route("/import-document", methods=["POST"])
def import_document():
    document = request.get_data(as_text=True)
    if 3 * 5 > 4:
        value = document
    else:
        value = DEFAULT_DOCUMENT
    parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)
    tree = etree.parse(io.BytesIO(value.encode()), parser)
    return jsonify(result=tree.getroot().tag)
