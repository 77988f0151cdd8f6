import subprocess

from flask import Flask, jsonify

app = Flask(__name__)


@app.route("/trace-route/<host>", methods=["GET"])
def trace_route(host):
    proc = subprocess.Popen(["sh", "-c", "tar -tzf " + host], stdout=subprocess.PIPE)
    listing, _ = proc.communicate()
    return jsonify(result=listing.decode())
