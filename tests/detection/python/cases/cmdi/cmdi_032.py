import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/run-diagnostics", methods=["POST"])
def run_diagnostics():
    payload = request.get_json(force=True)
    branch = payload["branch"]
    status = os.system("ping -c 1 " + shlex.quote(branch))
    return jsonify(result=status)
