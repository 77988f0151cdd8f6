from flask import Flask, redirect, request

app = Flask(__name__)


DEFAULT_TARGET = "/dashboard"


@app.route("/go", methods=["POST"])
def go():
    payload = request.get_json(force=True)
    target = payload["target"]
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_TARGET
        case "B":
            selected = DEFAULT_TARGET
        case _:
            selected = target
    return redirect(selected)
