import os

import Crypto.Cipher.DES
from Crypto.Util.Padding import pad


def encrypt_backup(path: str, secret: bytes) -> str:
    with open(path, "rb") as handle:
        plaintext = handle.read()
    cipher = Crypto.Cipher.DES.new(secret[:8], Crypto.Cipher.DES.MODE_CBC)
    ciphertext = cipher.iv + cipher.encrypt(pad(plaintext, 8))
    target = path + ".enc"
    with open(target, "wb") as handle:
        handle.write(ciphertext)
    os.remove(path)
    return target
