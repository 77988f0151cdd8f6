import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FIELD_KEY = bytes.fromhex(os.environ["FIELD_KEY_HEX"])


def encrypt_field(value: str) -> bytes:
    secret = FIELD_KEY
    plaintext = value.encode("utf-8")
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    padded = padder.update(plaintext) + padder.finalize()
    encryptor = Cipher(algorithms.TripleDES(secret[:24]), modes.CBC(iv)).encryptor()
    ciphertext = iv + encryptor.update(padded) + encryptor.finalize()
    return ciphertext
