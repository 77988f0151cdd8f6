import os

from cryptography.hazmat.primitives import hashes
from flask import Flask, jsonify, request

app = Flask(__name__)
USERS: dict[str, str] = {}


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form["username"]
    salt = os.urandom(16)
    data = salt + request.form["password"].encode()
    hasher = hashes.Hash(hashes.SHA1())
    hasher.update(data)
    digest_hex = hasher.finalize().hex()
    USERS[username] = salt.hex() + "$" + digest_hex
    return jsonify(created=username), 201
