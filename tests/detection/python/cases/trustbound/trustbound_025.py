from flask import Flask, jsonify, session

app = Flask(__name__)


THEMES = {"light": "light", "dark": "dark", "contrast": "high-contrast"}


@app.route("/update-profile/<display_name>", methods=["GET"])
def update_profile(display_name):
    session["theme"] = THEMES.get(display_name, "light")
    return jsonify(result="saved")
