from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from flask import Flask, jsonify, request

from benchlib import textutil

app = Flask(__name__)


@app.route("/parse-feed", methods=["GET"])
def parse_feed():
    feed = request.values.get("feed", "")
    selected = textutil.normalize_spaces(feed)
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(selected, parser=parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return jsonify(result=names)
