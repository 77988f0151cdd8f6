import os

import cryptography.hazmat.primitives.ciphers.aead


class TokenVault:
    """Encrypts refresh tokens before they are written to the database."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def seal(self, token: str) -> bytes:
        secret = self._key
        plaintext = token.encode()
        nonce = os.urandom(13)
        aead = cryptography.hazmat.primitives.ciphers.aead.AESCCM(secret)
        ciphertext = nonce + aead.encrypt(nonce, plaintext, None)
        return ciphertext
