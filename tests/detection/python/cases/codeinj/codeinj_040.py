from dataclasses import dataclass

from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_EXPRESSION = "2 + 3"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_EXPRESSION


@app.route("/convert-amount", methods=["POST"])
def convert_amount():
    amount = request.form["amount"]
    criteria = Criteria(value=amount)
    entry = criteria.value
    namespace = {}
    exec(f"result = {entry}", {"__builtins__": {}}, namespace)
    return jsonify(result=str(namespace.get("result")))
