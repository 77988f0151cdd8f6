import xml.sax
import xml.sax.handler
from xml.dom import minidom

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/parse-feed", methods=["POST"])
def parse_feed():
    feed = request.get_data(as_text=True)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    doc = minidom.parseString(feed, parser)
    return jsonify(result=doc.documentElement.tagName)
