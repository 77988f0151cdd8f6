from flask import Flask, jsonify, session

from benchlib import requestdata

app = Flask(__name__)


@app.route("/choose-role", methods=["GET"])
def choose_role():
    role = requestdata.query_value("role")
    selected = role.strip()[:200]
    session["greeting"] = f"Hello {selected}"
    return jsonify(result="saved")
