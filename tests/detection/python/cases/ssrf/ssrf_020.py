import configparser

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_URL = "https://status.example.com/health"


@app.route("/test-webhook", methods=["GET"])
def test_webhook():
    webhook = request.args.get("webhook", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_URL}
    settings.set("lookup", "requested", webhook)
    selected = settings.get("lookup", "requested")
    with requests.Session() as http:
        response = http.get(selected, timeout=3)
    return jsonify(result=response.text[:200])
