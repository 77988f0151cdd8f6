import configparser

from flask import Flask, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


@app.route("/choose-role", methods=["POST"])
def choose_role():
    role = request.get_data(as_text=True)
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_THEME}
    settings.set("lookup", "requested", role)
    selected = settings.get("lookup", "requested")
    session["last_search"] = "q=" + selected
    return jsonify(result="saved")
