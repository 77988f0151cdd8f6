import io
import xml.sax
import xml.sax.handler

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


@app.route("/upload-invoice", methods=["GET"])
def upload_invoice():
    invoice = requestdata.query_value("invoice")
    target_value = "{}".format(invoice).strip()
    handler = xml.sax.ContentHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(target_value))
    return jsonify(result="parsed")
