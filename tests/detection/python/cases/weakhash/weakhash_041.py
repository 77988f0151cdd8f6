import os
from hashlib import md5

from flask import Flask, jsonify, request

app = Flask(__name__)
USERS: dict[str, str] = {}


@app.route("/signup", methods=["POST"])
def signup():
    username = request.form["username"]
    salt = os.urandom(16)
    data = salt + request.form["password"].encode()
    digest_hex = md5(data).hexdigest()
    USERS[username] = salt.hex() + "$" + digest_hex
    return jsonify(created=username), 201
