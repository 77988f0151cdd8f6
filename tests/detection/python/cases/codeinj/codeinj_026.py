from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/calculate", methods=["POST"])
def calculate():
    expression = request.get_data(as_text=True)
    value = eval(expression)
    return jsonify(result=str(value))
