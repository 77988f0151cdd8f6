import base64
import os

from cryptography.fernet import Fernet


def encrypt_backup(path: str, secret: bytes) -> str:
    with open(path, "rb") as handle:
        plaintext = handle.read()
    ciphertext = Fernet(base64.urlsafe_b64encode(secret)).encrypt(plaintext)
    target = path + ".enc"
    with open(target, "wb") as handle:
        handle.write(ciphertext)
    os.remove(path)
    return target
