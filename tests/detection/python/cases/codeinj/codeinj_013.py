import configparser

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_EXPRESSION = "2 + 3"


@app.route("/evaluate-formula", methods=["POST"])
def evaluate_formula():
    payload = request.get_json(force=True)
    formula = payload["formula"]
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_EXPRESSION}
    settings.set("lookup", "requested", formula)
    selected = settings.get("lookup", "requested")
    env = {}
    exec(compile("def rule(x):\n    return " + selected, "<rule>", "exec"), env)
    value = env["rule"](3)
    return jsonify(result=str(value))
