from flask import Flask, jsonify, session

app = Flask(__name__)


@app.route("/set-theme/<theme>", methods=["GET"])
def set_theme(theme):
    session["last_search"] = "q=" + theme
    return jsonify(result="saved")
