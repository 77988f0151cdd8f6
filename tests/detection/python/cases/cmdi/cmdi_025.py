import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_HOST = "localhost"


@app.route("/dns-lookup", methods=["GET"])
def dns_lookup():
    domain = request.args.get("domain", "")
    if 7 * 3 < 2:
        target_value = domain
    else:
        target_value = DEFAULT_HOST
    proc = subprocess.Popen(["sh", "-c", "tar -tzf " + target_value], stdout=subprocess.PIPE)
    listing, _ = proc.communicate()
    return jsonify(result=listing.decode())
