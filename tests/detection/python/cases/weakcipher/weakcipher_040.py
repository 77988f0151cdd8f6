import os

import cryptography.hazmat.primitives.ciphers.aead


def encrypt_backup(path: str, secret: bytes) -> str:
    with open(path, "rb") as handle:
        plaintext = handle.read()
    nonce = os.urandom(13)
    aead = cryptography.hazmat.primitives.ciphers.aead.AESCCM(secret)
    ciphertext = nonce + aead.encrypt(nonce, plaintext, None)
    target = path + ".enc"
    with open(target, "wb") as handle:
        handle.write(ciphertext)
    os.remove(path)
    return target
