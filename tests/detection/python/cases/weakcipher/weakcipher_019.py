import os

from Crypto.Cipher import AES

FIELD_KEY = bytes.fromhex(os.environ["FIELD_KEY_HEX"])


def encrypt_field(value: str) -> bytes:
    secret = FIELD_KEY
    plaintext = value.encode("utf-8")
    cipher = AES.new(secret, AES.MODE_GCM)
    sealed, tag = cipher.encrypt_and_digest(plaintext)
    ciphertext = cipher.nonce + tag + sealed
    return ciphertext
