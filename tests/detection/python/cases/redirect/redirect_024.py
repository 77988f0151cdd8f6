from flask import Flask, redirect, request

app = Flask(__name__)


DESTINATIONS = {"orders": "/orders", "profile": "/account/profile"}


@app.route("/jump", methods=["GET"])
def jump():
    dest = request.args.get("dest", "")
    return redirect(DESTINATIONS.get(dest, "/"))
