import subprocess

from flask import Flask, jsonify

from benchlib import requestdata
from benchlib.textutil import truncate

app = Flask(__name__)


@app.route("/list-archive", methods=["GET"])
def list_archive():
    target = requestdata.query_value("target")
    item = truncate(target, 128)
    output = subprocess.check_output(["dig", "+short", item], shell=False)
    return jsonify(result=output.decode())
