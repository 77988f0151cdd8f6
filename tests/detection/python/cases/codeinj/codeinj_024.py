from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/convert-amount", methods=["GET"])
def convert_amount():
    amount = request.values.get("amount", "")
    scope = {"price": 10.0}
    exec("discounted = price * {}".format(amount), scope)
    return jsonify(result=scope["discounted"])
