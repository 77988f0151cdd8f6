import base64
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms
from flask import Flask, jsonify, request

app = Flask(__name__)
NOTES_KEY = base64.b64decode(os.environ["NOTES_KEY"])


@app.route("/notes", methods=["POST"])
def store_note():
    secret = NOTES_KEY
    plaintext = request.get_data()
    encryptor = Cipher(algorithms.ARC4(secret[:16]), mode=None).encryptor()
    ciphertext = encryptor.update(plaintext)
    return jsonify(stored=base64.b64encode(ciphertext).decode())
