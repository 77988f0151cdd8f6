from flask import Flask, Response, request

app = Flask(__name__)


DEFAULT_TARGET = "/dashboard"


@app.route("/logout", methods=["GET"])
def logout():
    return_to = request.headers.get("X-Return-To", "")
    options = {"fallback": DEFAULT_TARGET}
    options["target"] = return_to
    target_value = options["fallback"]
    return Response(status=302, headers={"Location": target_value})
