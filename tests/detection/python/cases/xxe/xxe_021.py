from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.route("/apply-config", methods=["GET"])
def apply_config():
    config_xml = requestdata.query_value("config_xml")
    candidates = [DEFAULT_DOCUMENT, "placeholder", config_xml]
    candidates.pop(1)
    entry = candidates[1]
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(entry, parser=parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return jsonify(result=names)
