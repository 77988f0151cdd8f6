from flask import Flask, make_response, request

app = Flask(__name__)


DEFAULT_MESSAGE = "Welcome"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_MESSAGE


@app.route("/flash-message", methods=["GET"])
def flash_message():
    message = request.headers.get("X-Message", "")
    entry = LookupRequest(message).origin
    response = make_response(f'<p class="comment">{entry}</p>')
    response.headers["Content-Type"] = "text/html; charset=utf-8"
    return response
