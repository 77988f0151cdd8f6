import json

from flask import Flask, jsonify, request

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_EXPRESSION = "2 + 3"


@app.route("/apply-rule", methods=["GET"])
def apply_rule():
    rule = request.headers.get("X-Rule", "")
    conf = RuntimeSettings(fallback=DEFAULT_EXPRESSION)
    conf.put("requested", rule)
    target_value = conf.value("requested")
    value = json.loads(target_value)
    return jsonify(result=value)
