from flask import Flask, jsonify, request, session

app = Flask(__name__)


@app.route("/choose-role", methods=["GET"])
def choose_role():
    role = request.headers.get("X-Role", "")
    session["theme"] = role
    return jsonify(result="saved")
