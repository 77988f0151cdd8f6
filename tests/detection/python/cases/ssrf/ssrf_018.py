import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_URL = "https://status.example.com/health"


@app.route("/test-webhook", methods=["GET"])
def test_webhook():
    webhook = request.cookies.get("webhook", "")
    candidates = ["placeholder", webhook, DEFAULT_URL]
    candidates.pop(0)
    selected = candidates[1]
    response = requests.get(selected, timeout=5)
    return jsonify(result=response.status_code)
