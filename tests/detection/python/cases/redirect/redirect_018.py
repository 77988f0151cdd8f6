from flask import Flask, redirect, request

app = Flask(__name__)


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@app.route("/after-checkout", methods=["POST"])
def after_checkout():
    continue_url = request.form["continue_url"]
    item = LookupRequest(continue_url).term
    return redirect(item)
