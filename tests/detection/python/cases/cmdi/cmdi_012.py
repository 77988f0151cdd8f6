import os

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_HOST = "localhost"


@app.route("/dns-lookup", methods=["POST"])
def dns_lookup():
    archive = request.form["archive"]
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_HOST
        case "B":
            selected = DEFAULT_HOST
        case _:
            selected = archive
    status = os.system("ping -c 1 " + selected)
    return jsonify(result=status)
