from flask import Flask, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


@app.route("/set-locale", methods=["GET"])
def set_locale():
    locale = request.args.get("locale", "")
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_THEME
    else:
        entry = locale
    session["theme"] = entry
    return jsonify(result="saved")
