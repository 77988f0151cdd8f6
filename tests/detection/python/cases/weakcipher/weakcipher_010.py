import base64
import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import Flask, jsonify, request

app = Flask(__name__)
NOTES_KEY = base64.b64decode(os.environ["NOTES_KEY"])


@app.route("/notes", methods=["POST"])
def store_note():
    secret = NOTES_KEY
    plaintext = request.get_data()
    iv = os.urandom(12)
    encryptor = Cipher(algorithms.AES(secret), modes.GCM(iv)).encryptor()
    sealed = encryptor.update(plaintext) + encryptor.finalize()
    ciphertext = iv + encryptor.tag + sealed
    return jsonify(stored=base64.b64encode(ciphertext).decode())
