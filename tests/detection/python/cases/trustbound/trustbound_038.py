from flask import Flask, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


THEMES = {"light": "light", "dark": "dark", "contrast": "high-contrast"}


@app.route("/set-theme", methods=["GET"])
def set_theme():
    theme = request.args.get("theme", "")
    if 3 * 5 > 4:
        value = theme
    else:
        value = DEFAULT_THEME
    session["theme"] = THEMES.get(value, "light")
    return jsonify(result="saved")
