from flask import Flask, Response, request

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@app.route("/flash-message", methods=["GET"])
def flash_message():
    message = request.values.get("message", "")
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_MESSAGE
    else:
        entry = message
    return Response("<span>" + entry + "</span>", mimetype="text/html")
