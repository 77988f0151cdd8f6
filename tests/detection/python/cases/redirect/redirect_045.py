from flask import Flask, redirect

app = Flask(__name__)


DEFAULT_TARGET = "/dashboard"


@app.route("/go/<path:target>", methods=["GET"])
def go(target):
    candidates = ["placeholder", target, DEFAULT_TARGET]
    candidates.pop(0)
    selected = candidates[1]
    return redirect(selected)
