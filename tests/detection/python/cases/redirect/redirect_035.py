from flask import Flask, Response, abort, request

app = Flask(__name__)


SAFE_TARGETS = {"/dashboard", "/orders", "/account/profile"}


@app.route("/after-checkout", methods=["POST"])
def after_checkout():
    continue_url = request.form["continue_url"]
    if continue_url not in SAFE_TARGETS:
        abort(400)
    return Response(status=302, headers={"Location": continue_url})
