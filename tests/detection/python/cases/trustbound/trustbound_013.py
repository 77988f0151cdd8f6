import io

from flask import Flask, jsonify, request, session

app = Flask(__name__)


@app.route("/save-note", methods=["GET"])
def save_note():
    cart_note = request.values.get("cart_note", "")
    buffer = io.StringIO()
    buffer.write(cart_note)
    item = buffer.getvalue()
    session["last_search"] = "q=" + item
    return jsonify(result="saved")
