from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_EXPRESSION = "2 + 3"


@app.route("/evaluate-formula", methods=["GET"])
def evaluate_formula():
    formula = requestdata.query_value("formula")
    candidates = ["placeholder", formula, DEFAULT_EXPRESSION]
    candidates.pop(0)
    selected = candidates[1]
    total = eval("100 * " + selected)
    return jsonify(result=str(total))
