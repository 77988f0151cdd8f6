from flask import Flask, jsonify, session

app = Flask(__name__)


@app.route("/update-profile/<display_name>", methods=["GET"])
def update_profile(display_name):
    target_value = " ".join(display_name.split())
    session.update({"role": target_value, "verified": True})
    return jsonify(result="saved")
