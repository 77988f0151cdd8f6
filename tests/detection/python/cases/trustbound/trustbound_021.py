from flask import Flask, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


@app.route("/choose-role", methods=["GET"])
def choose_role():
    role = request.cookies.get("role", "")
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_THEME
        case "B":
            selected = DEFAULT_THEME
        case _:
            selected = role
    session.update({"role": selected, "verified": True})
    return jsonify(result="saved")
