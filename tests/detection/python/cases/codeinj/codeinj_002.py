from flask import Flask, jsonify, request

app = Flask(__name__)

RULES: dict[str, str] = {}


def compile_rule(name: str, condition: str) -> None:
    source = "def rule_{0}(order):\n    return {1}\n".format(name, condition)
    exec(source, RULES)


@app.route("/rules", methods=["POST"])
def add_rule():
    body = request.get_json()
    compile_rule(body["name"], body["condition"])
    return jsonify(rules=sorted(k for k in RULES if k.startswith("rule_")))
