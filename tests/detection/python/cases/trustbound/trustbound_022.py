from flask import Flask, jsonify, request, session

app = Flask(__name__)


@app.route("/save-note", methods=["POST"])
def save_note():
    payload = request.get_json(force=True)
    cart_note = payload["cart_note"]
    cart_note = str(int(cart_note))
    session["greeting"] = f"Hello {cart_note}"
    return jsonify(result="saved")
