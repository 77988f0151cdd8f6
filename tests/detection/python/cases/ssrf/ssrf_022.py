import http.client

from flask import Flask, jsonify, request

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_URL = "status.example.com"


@app.route("/check-status", methods=["POST"])
def check_status():
    host = request.get_data(as_text=True)
    conf = RuntimeSettings(fallback=DEFAULT_URL)
    conf.put("requested", host)
    target_value = conf.value("requested")
    conn = http.client.HTTPSConnection(target_value, timeout=5)
    conn.request("GET", "/")
    status = conn.getresponse().status
    return jsonify(result=status)
