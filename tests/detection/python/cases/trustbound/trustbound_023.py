from flask import Flask, jsonify, session

from benchlib import requestdata

app = Flask(__name__)


DEFAULT_THEME = "light"


@app.route("/choose-role", methods=["GET"])
def choose_role():
    role = requestdata.query_value("role")
    candidates = ["placeholder", role, DEFAULT_THEME]
    candidates.pop(0)
    selected = candidates[1]
    session["greeting"] = f"Hello {selected}"
    return jsonify(result="saved")
