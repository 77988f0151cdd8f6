from flask import Flask, jsonify, request

app = Flask(__name__)


DEFAULT_EXPRESSION = "2 + 3"


RECENT_LOOKUPS: list[str] = []


@app.route("/calculate", methods=["POST"])
def calculate():
    expression = request.form["expression"]
    RECENT_LOOKUPS.append("requested:" + expression)
    value = DEFAULT_EXPRESSION
    value = eval(value)
    return jsonify(result=str(value))
