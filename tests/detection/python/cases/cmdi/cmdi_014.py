import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/whois-lookup", methods=["GET"])
def whois_lookup():
    target = request.values.get("target", "")
    pending = []
    pending.append(target)
    item = pending.pop()
    output = os.popen("whois " + item).read()
    return jsonify(result=output)
