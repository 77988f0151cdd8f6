import math

from flask import Flask, jsonify

from benchlib import requestdata

app = Flask(__name__)


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@app.route("/calculate", methods=["GET"])
def calculate():
    expression = requestdata.query_value("expression")
    value = tidy(expression)
    code = compile(value, "<formula>", "eval")
    value = eval(code, {"math": math})
    return jsonify(result=str(value))
