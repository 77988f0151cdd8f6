import pyDes


class TokenVault:
    """Encrypts refresh tokens before they are written to the database."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def seal(self, token: str) -> bytes:
        secret = self._key
        plaintext = token.encode()
        cipher = pyDes.des(secret[:8], pyDes.ECB, padmode=pyDes.PAD_PKCS5)
        ciphertext = cipher.encrypt(plaintext)
        return ciphertext
