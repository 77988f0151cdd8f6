from flask import Flask, jsonify, request, session

from benchlib.inputs import as_int_text

app = Flask(__name__)


@app.route("/update-profile", methods=["GET"])
def update_profile():
    display_name = request.headers.get("X-Display-Name", "")
    display_name = as_int_text(display_name)
    session["last_search"] = "q=" + display_name
    return jsonify(result="saved")
