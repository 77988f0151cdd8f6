import lxml.etree
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.route("/upload-invoice", methods=["GET"])
def upload_invoice():
    invoice = request.values.get("invoice", "")
    options = {"fallback": DEFAULT_DOCUMENT}
    options["target"] = invoice
    target_value = options["fallback"]
    parser = lxml.etree.XMLParser(resolve_entities=True, dtd_validation=False)
    root = lxml.etree.XML(target_value, parser)
    return jsonify(result=root.tag)
