import httpx
from flask import Flask, abort, jsonify

from benchlib import requestdata
from benchlib.textutil import truncate

app = Flask(__name__)


WEBHOOK_TARGETS = {
    "deploy": "https://hooks.example.com/deploy",
    "audit": "https://hooks.example.com/audit",
}


@app.route("/import-feed", methods=["GET"])
def import_feed():
    feed = requestdata.query_value("feed")
    item = truncate(feed, 128)
    target = WEBHOOK_TARGETS.get(item)
    if target is None:
        abort(400)
    reply = httpx.post(target, json={"event": "ping"}, timeout=5.0)
    return jsonify(result=reply.status_code)
