import defusedxml.ElementTree as DefusedET
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/upload-invoice", methods=["GET"])
def upload_invoice():
    invoice = request.values.get("invoice", "")
    root = DefusedET.fromstring(invoice)
    return jsonify(result=root.tag)
