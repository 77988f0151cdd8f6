from flask import Flask, jsonify, request, session

app = Flask(__name__)


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@app.route("/save-note", methods=["POST"])
def save_note():
    payload = request.get_json(force=True)
    cart_note = payload["cart_note"]
    item = LookupRequest(cart_note).term
    session["greeting"] = f"Hello {item}"
    return jsonify(result="saved")
