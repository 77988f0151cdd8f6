import httpx
from flask import Flask, abort, jsonify, request

app = Flask(__name__)


WEBHOOK_TARGETS = {
    "deploy": "https://hooks.example.com/deploy",
    "audit": "https://hooks.example.com/audit",
}


@app.route("/notify-callback", methods=["POST"])
def notify_callback():
    payload = request.get_json(force=True)
    callback = payload["callback"]
    target = WEBHOOK_TARGETS.get(callback)
    if target is None:
        abort(400)
    reply = httpx.post(target, json={"event": "ping"}, timeout=5.0)
    return jsonify(result=reply.status_code)
