import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad

FIELD_KEY = bytes.fromhex(os.environ["FIELD_KEY_HEX"])


def encrypt_field(value: str) -> bytes:
    secret = FIELD_KEY
    plaintext = value.encode("utf-8")
    cipher = DES.new(secret[:8], DES.MODE_ECB)
    ciphertext = cipher.encrypt(pad(plaintext, 8))
    return ciphertext
