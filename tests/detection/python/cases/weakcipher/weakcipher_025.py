import os

from Crypto.Cipher import AES as block_cipher
from Crypto.Util.Padding import pad

FIELD_KEY = bytes.fromhex(os.environ["FIELD_KEY_HEX"])


def encrypt_field(value: str) -> bytes:
    secret = FIELD_KEY
    plaintext = value.encode("utf-8")
    cipher = block_cipher.new(secret, block_cipher.MODE_ECB)
    ciphertext = cipher.encrypt(pad(plaintext, 16))
    return ciphertext
