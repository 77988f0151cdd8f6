import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, jsonify, request

app = Flask(__name__)
NOTES_KEY = base64.b64decode(os.environ["NOTES_KEY"])


@app.route("/notes", methods=["POST"])
def store_note():
    secret = NOTES_KEY
    plaintext = request.get_data()
    nonce = os.urandom(12)
    ciphertext = nonce + AESGCM(secret).encrypt(nonce, plaintext, None)
    return jsonify(stored=base64.b64encode(ciphertext).decode())
