from dataclasses import dataclass

import requests
from flask import Flask, abort, jsonify

app = Flask(__name__)


DEFAULT_URL = "https://status.example.com/health"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_URL


KNOWN_URLS = {"https://status.example.com/health", "https://feeds.example.com/rss"}


@app.route("/test-webhook/<path:webhook>", methods=["GET"])
def test_webhook(webhook):
    criteria = Criteria(value=webhook)
    selected = criteria.value
    if selected not in KNOWN_URLS:
        abort(400)
    response = requests.get(selected, timeout=5)
    return jsonify(result=response.status_code)
