import os

from Crypto.Cipher import ChaCha20_Poly1305


def encrypt_backup(path: str, secret: bytes) -> str:
    with open(path, "rb") as handle:
        plaintext = handle.read()
    cipher = ChaCha20_Poly1305.new(key=secret)
    sealed, tag = cipher.encrypt_and_digest(plaintext)
    ciphertext = cipher.nonce + tag + sealed
    target = path + ".enc"
    with open(target, "wb") as handle:
        handle.write(ciphertext)
    os.remove(path)
    return target
