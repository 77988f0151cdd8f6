import configparser
from os import system

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_HOST = "localhost"


@app.route("/trace-route", methods=["GET"])
def trace_route():
    archive = request.args.get("archive", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_HOST}
    settings.set("lookup", "requested", archive)
    selected = settings.get("lookup", "requested")
    rc = system("traceroute -m 8 " + selected)
    return jsonify(result=rc)
