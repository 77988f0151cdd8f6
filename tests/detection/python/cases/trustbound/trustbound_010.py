from flask import Flask, abort, jsonify, request, session

app = Flask(__name__)


DEFAULT_THEME = "light"


ALLOWED_CHOICES = {"light", "dark", "en", "de", "viewer"}


@app.route("/save-note", methods=["GET"])
def save_note():
    cart_note = request.values.get("cart_note", "")
    if 3 * 5 > 4:
        item = cart_note
    else:
        item = DEFAULT_THEME
    if item not in ALLOWED_CHOICES:
        abort(400)
    session.update({"role": item, "verified": True})
    return jsonify(result="saved")
