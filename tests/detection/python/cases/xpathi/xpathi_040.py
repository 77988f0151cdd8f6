from xml.etree import ElementTree

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/catalog-entry", methods=["GET"])
def catalog_entry():
    isbn = request.headers.get("X-Isbn", "")
    pending = []
    pending.append(isbn)
    item = pending.pop()
    tree = ElementTree.parse("data/catalog.xml")
    matches = tree.getroot().findall(".//entry[@isbn='{}']".format(item))
    return jsonify(result=[m.get("title") for m in matches])
