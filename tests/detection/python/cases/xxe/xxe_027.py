from dataclasses import dataclass

import lxml.etree
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_DOCUMENT


@app.route("/apply-config", methods=["POST"])
def apply_config():
    config_xml = request.form["config_xml"]
    criteria = Criteria(value=config_xml)
    entry = criteria.value
    parser = lxml.etree.XMLParser(resolve_entities=True, dtd_validation=False)
    root = lxml.etree.XML(entry, parser)
    return jsonify(result=root.tag)
