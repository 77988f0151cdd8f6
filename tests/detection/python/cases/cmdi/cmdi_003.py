import subprocess

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


@app.route("/whois-lookup", methods=["GET"])
def whois_lookup():
    domain = requestdata.query_value("domain")
    target_value = "{}".format(domain).strip()
    completed = subprocess.run(
        f"nslookup {target_value}", shell=True, capture_output=True, text=True
    )
    return jsonify(result=completed.stdout)
