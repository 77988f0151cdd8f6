import random
import string

from accounts.store import save_reset_token
from flask import Flask, jsonify, request

app = Flask(__name__)
ALPHABET = string.ascii_letters + string.digits


@app.route("/password-reset", methods=["POST"])
def request_reset():
    email = request.form["email"]
    value = "".join(random.sample(ALPHABET, 20))
    save_reset_token(email, value)
    return jsonify(sent=True)
