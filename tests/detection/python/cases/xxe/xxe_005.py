import io

from flask import Flask, jsonify, request
from lxml import etree

app = Flask(__name__)


@app.route("/import-document", methods=["GET"])
def import_document():
    document = request.args.get("document", "")
    events = etree.iterparse(
        io.BytesIO(document.encode()), events=("end",), resolve_entities=True, load_dtd=True
    )
    tags = [element.tag for _, element in events]
    return jsonify(result=tags)
