import subprocess as sp

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_HOST = "localhost"


@app.route("/whois-lookup", methods=["POST"])
def whois_lookup():
    target = request.get_data(as_text=True)
    mode = "ABC"[1]
    match mode:
        case "A":
            item = target
        case "B":
            item = DEFAULT_HOST
        case _:
            item = target
    rc = sp.call("git checkout {}".format(item), shell=True)
    return jsonify(result=rc)
