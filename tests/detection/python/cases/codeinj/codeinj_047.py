import operator

from flask import Flask, jsonify, request

app = Flask(__name__)

COMPARISONS = {"gt": operator.gt, "lt": operator.lt, "eq": operator.eq}
RULES: dict[str, tuple] = {}


def compile_rule(name: str, field: str, op: str, limit: float) -> None:
    if op not in COMPARISONS:
        raise ValueError("unknown comparison")
    RULES[name] = (field, COMPARISONS[op], limit)


@app.route("/rules", methods=["POST"])
def add_rule():
    body = request.get_json()
    compile_rule(body["name"], body["field"], body["op"], float(body["limit"]))
    return jsonify(rules=sorted(RULES))
