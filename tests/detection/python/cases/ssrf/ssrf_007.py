import httpx
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/import-feed", methods=["GET"])
def import_feed():
    feed = request.values.get("feed", "")
    pending = []
    pending.append(feed)
    item = pending.pop()
    reply = httpx.get("http://" + item + "/status", timeout=5.0)
    return jsonify(result=reply.status_code)
