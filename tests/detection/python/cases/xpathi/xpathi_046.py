from dataclasses import dataclass
from xml.etree import ElementTree

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_USER = "jdoe"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_USER


@app.route("/role-members", methods=["GET"])
def role_members():
    role = request.args.get("role", "")
    criteria = Criteria(value=role)
    entry = criteria.value
    tree = ElementTree.parse("data/catalog.xml")
    matches = tree.getroot().findall(".//entry[@isbn='{}']".format(entry))
    return jsonify(result=[m.get("title") for m in matches])
