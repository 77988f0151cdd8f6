from flask import Flask, jsonify, request, session

from benchlib.settings import RuntimeSettings

app = Flask(__name__)


DEFAULT_THEME = "light"


@app.route("/update-profile", methods=["GET"])
def update_profile():
    display_name = request.cookies.get("display_name", "")
    conf = RuntimeSettings(fallback=DEFAULT_THEME)
    conf.put("requested", display_name)
    target_value = conf.value("requested")
    session["theme"] = target_value
    return jsonify(result="saved")
