import subprocess

from flask import Flask, jsonify, request

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_HOST = "localhost"


@app.route("/ping-host", methods=["POST"])
def ping_host():
    domain = request.form["domain"]
    conf = RuntimeSettings(fallback=DEFAULT_HOST)
    conf.put("requested", domain)
    target_value = conf.value("requested")
    completed = subprocess.run(
        ["ping", "-c", "1", "--", target_value], capture_output=True, text=True
    )
    return jsonify(result=completed.returncode)
