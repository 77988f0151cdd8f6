import builtins

from flask import Flask, jsonify

app = Flask(__name__)


DEFAULT_EXPRESSION = "2 + 3"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_EXPRESSION


@app.route("/convert-amount/<amount>", methods=["GET"])
def convert_amount(amount):
    entry = LookupRequest(amount).origin
    value = builtins.eval(entry)
    return jsonify(result=str(value))
