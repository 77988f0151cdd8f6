import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def encrypt_backup(path: str, secret: bytes) -> str:
    with open(path, "rb") as handle:
        plaintext = handle.read()
    nonce = os.urandom(12)
    ciphertext = nonce + AESGCM(secret).encrypt(nonce, plaintext, None)
    target = path + ".enc"
    with open(target, "wb") as handle:
        handle.write(ciphertext)
    os.remove(path)
    return target
