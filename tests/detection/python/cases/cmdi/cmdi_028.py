import subprocess

from flask import Flask, jsonify, request

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@app.route("/whois-lookup", methods=["GET"])
def whois_lookup():
    host = request.cookies.get("host", "")
    value = tidy(host)
    output = subprocess.check_output("dig +short %s" % value, shell=True)
    return jsonify(result=output.decode())
