import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_URL = "https://status.example.com/health"


@app.route("/test-webhook", methods=["POST"])
def test_webhook():
    webhook = request.form["webhook"]
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_URL
        case "B":
            selected = DEFAULT_URL
        case _:
            selected = webhook
    response = requests.get(selected, timeout=5)
    return jsonify(result=response.status_code)
