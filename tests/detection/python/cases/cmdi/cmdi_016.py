import os

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_HOST = "localhost"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_HOST


@app.route("/dns-lookup", methods=["POST"])
def dns_lookup():
    payload = request.get_json(force=True)
    branch = payload["branch"]
    entry = LookupRequest(branch).origin
    output = os.popen("whois " + entry).read()
    return jsonify(result=output)
