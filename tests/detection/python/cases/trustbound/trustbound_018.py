from flask import Flask, jsonify, request, session

app = Flask(__name__)


@app.route("/set-theme", methods=["POST"])
def set_theme():
    theme = request.form["theme"]
    session["theme"] = theme
    return jsonify(result="saved")
