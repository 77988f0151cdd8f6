import urllib.request

from flask import Flask, jsonify, request

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@app.route("/fetch-preview", methods=["GET"])
def fetch_preview():
    url = request.cookies.get("url", "")
    value = tidy(url)
    with urllib.request.urlopen(value, timeout=5) as reply:
        body = reply.read()
    return jsonify(result=len(body))
