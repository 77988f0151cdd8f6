import base64

from cryptography.fernet import Fernet


class TokenVault:
    """Encrypts refresh tokens before they are written to the database."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def seal(self, token: str) -> bytes:
        secret = self._key
        plaintext = token.encode()
        ciphertext = Fernet(base64.urlsafe_b64encode(secret)).encrypt(plaintext)
        return ciphertext
