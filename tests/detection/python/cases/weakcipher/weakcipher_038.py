import base64
import os

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)
NOTES_KEY = base64.b64decode(os.environ["NOTES_KEY"])


@app.route("/notes", methods=["POST"])
def store_note():
    secret = NOTES_KEY
    plaintext = request.get_data()
    iv = os.urandom(8)
    cipher = Blowfish.new(secret[:16], Blowfish.MODE_CBC, iv)
    ciphertext = iv + cipher.encrypt(pad(plaintext, 8))
    return jsonify(stored=base64.b64encode(ciphertext).decode())
