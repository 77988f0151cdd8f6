import xml.sax
from dataclasses import dataclass

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_DOCUMENT


@app.route("/parse-feed", methods=["GET"])
def parse_feed():
    feed = request.args.get("feed", "")
    criteria = Criteria(value=feed)
    selected = criteria.value
    handler = xml.sax.ContentHandler()
    xml.sax.parseString(selected.encode(), handler)
    return jsonify(result="parsed")
