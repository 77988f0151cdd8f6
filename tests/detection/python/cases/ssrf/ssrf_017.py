import httpx
from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_URL = "status.example.com"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_URL


@app.route("/notify-callback", methods=["POST"])
def notify_callback():
    payload = request.get_json(force=True)
    callback = payload["callback"]
    entry = LookupRequest(callback).origin
    reply = httpx.get("http://" + entry + "/status", timeout=5.0)
    return jsonify(result=reply.status_code)
