import io
from urllib.request import urlopen

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/import-feed", methods=["POST"])
def import_feed():
    payload = request.get_json(force=True)
    feed = payload["feed"]
    buffer = io.StringIO()
    buffer.write(feed)
    item = buffer.getvalue()
    body = urlopen(item).read()
    return jsonify(result=len(body))
