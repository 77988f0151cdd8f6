from flask import Flask, Response, request

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


@app.route("/flash-message", methods=["GET"])
def flash_message():
    message = request.headers.get("X-Message", "")
    candidates = [DEFAULT_MESSAGE, "placeholder", message]
    candidates.pop(1)
    entry = candidates[1]
    return Response("<span>" + entry + "</span>", mimetype="text/html")
