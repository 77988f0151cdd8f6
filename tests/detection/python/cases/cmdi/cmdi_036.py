import io
import subprocess as sp

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/trace-route", methods=["POST"])
def trace_route():
    payload = request.get_json(force=True)
    target = payload["target"]
    buffer = io.StringIO()
    buffer.write(target)
    item = buffer.getvalue()
    rc = sp.call("git checkout {}".format(item), shell=True)
    return jsonify(result=rc)
