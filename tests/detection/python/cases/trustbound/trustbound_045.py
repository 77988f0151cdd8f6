from flask import Flask, jsonify, session

app = Flask(__name__)


DEFAULT_THEME = "light"


@app.route("/update-profile/<display_name>", methods=["GET"])
def update_profile(display_name):
    options = {"fallback": DEFAULT_THEME}
    options["target"] = display_name
    target_value = options["fallback"]
    session.update({"role": target_value, "verified": True})
    return jsonify(result="saved")
