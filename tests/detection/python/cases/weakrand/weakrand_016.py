import random
import time

from accounts.store import save_reset_token
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/password-reset", methods=["POST"])
def request_reset():
    email = request.form["email"]
    generator = random.Random(time.time())
    value = format(generator.getrandbits(64), "016x")
    save_reset_token(email, value)
    return jsonify(sent=True)
