from urllib.parse import urlparse

import requests
from flask import Flask, abort, jsonify, request

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_URL = "https://status.example.com/health"


ALLOWED_HOSTS = {"status.example.com", "feeds.example.com"}


@app.route("/check-status", methods=["POST"])
def check_status():
    host = request.form["host"]
    conf = RuntimeSettings(fallback=DEFAULT_URL)
    conf.put("requested", host)
    target_value = conf.value("requested")
    if urlparse(target_value).hostname not in ALLOWED_HOSTS:
        abort(400)
    response = requests.get(target_value, timeout=5)
    return jsonify(result=response.status_code)
