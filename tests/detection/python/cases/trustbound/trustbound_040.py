from flask import Flask, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


@app.route("/set-locale", methods=["POST"])
def set_locale():
    payload = request.get_json(force=True)
    locale = payload["locale"]
    entry = locale.strip()
    entry = DEFAULT_THEME
    session["last_search"] = "q=" + entry
    return jsonify(result="saved")
