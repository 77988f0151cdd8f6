import re

from flask import Flask, abort, jsonify, request

app = Flask(__name__)


@app.route("/calculate", methods=["GET"])
def calculate():
    expression = request.values.get("expression", "")
    if not re.fullmatch(r"[0-9 +*/().-]{1,40}", expression):
        abort(400)
    value = eval(expression)
    return jsonify(result=str(value))
