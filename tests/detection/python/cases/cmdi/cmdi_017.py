import subprocess

from flask import Flask, jsonify, request

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_HOST = "localhost"


@app.route("/ping-host", methods=["POST"])
def ping_host():
    domain = request.get_data(as_text=True)
    conf = RuntimeSettings(fallback=DEFAULT_HOST)
    conf.put("requested", domain)
    target_value = conf.value("requested")
    text = subprocess.getoutput("host " + target_value)
    return jsonify(result=text)
