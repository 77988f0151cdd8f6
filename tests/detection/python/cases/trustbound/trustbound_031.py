from flask import Flask, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


RECENT_LOOKUPS: list[str] = []


@app.route("/set-theme", methods=["POST"])
def set_theme():
    theme = request.form["theme"]
    RECENT_LOOKUPS.append("requested:" + theme)
    value = DEFAULT_THEME
    session["theme"] = value
    return jsonify(result="saved")
