from xml.etree import ElementTree

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/apply-config", methods=["POST"])
def apply_config():
    payload = request.get_json(force=True)
    config_xml = payload["config_xml"]
    root = ElementTree.fromstring(config_xml)
    return jsonify(result=root.tag)
