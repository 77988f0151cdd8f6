from flask import Flask, Response, abort

app = Flask(__name__)


SAFE_TARGETS = {"/dashboard", "/orders", "/account/profile"}


@app.route("/login-done/<path:next_url>", methods=["GET"])
def login_done(next_url):
    if next_url not in SAFE_TARGETS:
        abort(400)
    return Response(status=302, headers={"Location": next_url})
