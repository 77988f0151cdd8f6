import shlex
import subprocess
from dataclasses import dataclass

from flask import Flask, jsonify

app = Flask(__name__)


DEFAULT_HOST = "localhost"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_HOST


@app.route("/run-diagnostics/<archive>", methods=["GET"])
def run_diagnostics(archive):
    criteria = Criteria(value=archive)
    selected = criteria.value
    output = subprocess.getoutput(shlex.join(["host", selected]))
    return jsonify(result=output)
