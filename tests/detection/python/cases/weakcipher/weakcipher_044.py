import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

FIELD_KEY = bytes.fromhex(os.environ["FIELD_KEY_HEX"])


def encrypt_field(value: str) -> bytes:
    secret = FIELD_KEY
    plaintext = value.encode("utf-8")
    nonce = os.urandom(12)
    ciphertext = nonce + ChaCha20Poly1305(secret).encrypt(nonce, plaintext, None)
    return ciphertext
