import requests
from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


@app.route("/check-status", methods=["GET"])
def check_status():
    host = requestdata.query_value("host")
    target_value = "{}".format(host).strip()
    response = requests.post(f"https://{target_value}/hooks/deploy", json={"ok": True}, timeout=5)
    return jsonify(result=response.status_code)
