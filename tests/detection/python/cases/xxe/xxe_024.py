import lxml.etree
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/upload-invoice", methods=["POST"])
def upload_invoice():
    invoice = request.get_data(as_text=True)
    target_value = " ".join(invoice.split())
    parser = lxml.etree.XMLParser(resolve_entities=True, dtd_validation=False)
    root = lxml.etree.XML(target_value, parser)
    return jsonify(result=root.tag)
