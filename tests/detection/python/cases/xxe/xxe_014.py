from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_DOCUMENT


@app.route("/apply-config", methods=["POST"])
def apply_config():
    payload = request.get_json(force=True)
    config_xml = payload["config_xml"]
    entry = LookupRequest(config_xml).origin
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(entry, parser=parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return jsonify(result=names)
