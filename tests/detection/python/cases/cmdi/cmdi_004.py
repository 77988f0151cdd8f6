import shlex
import subprocess

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


@app.route("/whois-lookup", methods=["GET"])
def whois_lookup():
    target = requestdata.query_value("target")
    target = shlex.quote(target)
    completed = subprocess.run(f"nslookup {target}", shell=True, capture_output=True, text=True)
    return jsonify(result=completed.stdout)
