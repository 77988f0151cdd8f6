import urllib.request

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


@app.route("/import-feed", methods=["GET"])
def import_feed():
    feed = requestdata.query_value("feed")
    feed = "https://api.example.com/items/" + str(int(feed))
    with urllib.request.urlopen(feed, timeout=5) as reply:
        body = reply.read()
    return jsonify(result=len(body))
