from flask import Flask, jsonify, request
from lxml import etree

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.route("/upload-invoice", methods=["GET"])
def upload_invoice():
    invoice = request.args.get("invoice", "")
    conf = RuntimeSettings(fallback=DEFAULT_DOCUMENT)
    conf.put("requested", invoice)
    target_value = conf.value("requested")
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(target_value.encode(), parser)
    return jsonify(result=root.tag)
