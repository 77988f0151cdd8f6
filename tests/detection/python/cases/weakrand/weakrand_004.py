import random

from accounts.store import save_reset_token
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/password-reset", methods=["POST"])
def request_reset():
    email = request.form["email"]
    value = "%032x" % random.getrandbits(128)
    save_reset_token(email, value)
    return jsonify(sent=True)
