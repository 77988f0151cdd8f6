import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

FIELD_KEY = bytes.fromhex(os.environ["FIELD_KEY_HEX"])


def encrypt_field(value: str) -> bytes:
    secret = FIELD_KEY
    plaintext = value.encode("utf-8")
    iv = os.urandom(12)
    encryptor = Cipher(algorithms.AES(secret), modes.GCM(iv)).encryptor()
    sealed = encryptor.update(plaintext) + encryptor.finalize()
    ciphertext = iv + encryptor.tag + sealed
    return ciphertext
