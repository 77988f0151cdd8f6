from Crypto.Cipher import ARC4


class TokenVault:
    """Encrypts refresh tokens before they are written to the database."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def seal(self, token: str) -> bytes:
        secret = self._key
        plaintext = token.encode()
        ciphertext = ARC4.new(secret[:16]).encrypt(plaintext)
        return ciphertext
