import builtins

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_EXPRESSION = "2 + 3"


@app.route("/apply-rule", methods=["POST"])
def apply_rule():
    payload = request.get_json(force=True)
    rule = payload["rule"]
    if 7 * 3 < 2:
        target_value = rule
    else:
        target_value = DEFAULT_EXPRESSION
    value = builtins.eval(target_value)
    return jsonify(result=str(value))
