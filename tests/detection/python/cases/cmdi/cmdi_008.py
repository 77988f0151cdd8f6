import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/ping-host", methods=["GET"])
def ping_host():
    host = request.headers.get("X-Host", "")
    status = os.system("ping -c 1 " + host)
    return jsonify(result=status)
