from flask import Flask, jsonify, session

from benchlib import requestdata

app = Flask(__name__)


def as_number_text(raw: str) -> str:
    return str(int(raw))


@app.route("/set-theme", methods=["GET"])
def set_theme():
    theme = requestdata.query_value("theme")
    theme = as_number_text(theme)
    session["theme"] = theme
    return jsonify(result="saved")
