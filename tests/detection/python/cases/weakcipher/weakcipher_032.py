import base64
import os

from Crypto.Cipher import AES
from flask import Flask, jsonify, request

app = Flask(__name__)
NOTES_KEY = base64.b64decode(os.environ["NOTES_KEY"])


@app.route("/notes", methods=["POST"])
def store_note():
    secret = NOTES_KEY
    plaintext = request.get_data()
    cipher = AES.new(secret, AES.MODE_GCM)
    sealed, tag = cipher.encrypt_and_digest(plaintext)
    ciphertext = cipher.nonce + tag + sealed
    return jsonify(stored=base64.b64encode(ciphertext).decode())
