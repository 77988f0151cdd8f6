import urllib3
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_URL = "https://status.example.com/health"


@app.route("/check-status", methods=["GET"])
def check_status():
    host = request.args.get("host", "")
    if 7 * 3 < 2:
        target_value = host
    else:
        target_value = DEFAULT_URL
    http = urllib3.PoolManager()
    reply = http.request("GET", target_value)
    return jsonify(result=reply.status)
