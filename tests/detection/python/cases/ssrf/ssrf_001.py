import urllib3
from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/fetch-preview/<path:url>", methods=["GET"])
def fetch_preview(url):
    http = urllib3.PoolManager()
    reply = http.request("GET", url)
    return jsonify(result=reply.status)
