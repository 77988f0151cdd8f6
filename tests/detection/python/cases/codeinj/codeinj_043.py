import operator

from flask import Flask, jsonify

app = Flask(__name__)


OPERATIONS = {"+": operator.add, "-": operator.sub, "*": operator.mul}


@app.route("/convert-amount/<amount>", methods=["GET"])
def convert_amount(amount):
    left, op, right = amount.split(" ", 2)
    value = OPERATIONS[op](float(left), float(right))
    return jsonify(result=value)
