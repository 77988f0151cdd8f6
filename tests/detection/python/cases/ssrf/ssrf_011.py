import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/fetch-preview", methods=["GET"])
def fetch_preview():
    url = request.headers.get("X-Url", "")
    response = requests.get(url, timeout=5)
    return jsonify(result=response.status_code)
