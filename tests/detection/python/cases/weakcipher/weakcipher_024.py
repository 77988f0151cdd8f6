import os

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad


def encrypt_backup(path: str, secret: bytes) -> str:
    with open(path, "rb") as handle:
        plaintext = handle.read()
    iv = os.urandom(8)
    cipher = DES3.new(secret[:24], DES3.MODE_CBC, iv)
    ciphertext = iv + cipher.encrypt(pad(plaintext, 8))
    target = path + ".enc"
    with open(target, "wb") as handle:
        handle.write(ciphertext)
    os.remove(path)
    return target
