from urllib.request import urlopen

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_URL = "https://status.example.com/health"


@app.route("/import-feed", methods=["POST"])
def import_feed():
    feed = request.get_data(as_text=True)
    mode = "ABC"[1]
    match mode:
        case "A":
            item = feed
        case "B":
            item = DEFAULT_URL
        case _:
            item = feed
    body = urlopen(item).read()
    return jsonify(result=len(body))
