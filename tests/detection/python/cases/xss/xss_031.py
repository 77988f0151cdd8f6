from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/flash-message", methods=["GET"])
def flash_message():
    message = request.headers.get("X-Message", "")
    return jsonify(message=message)
