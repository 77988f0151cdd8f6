from Crypto.Cipher import AES

CIPHER_MODE = AES.MODE_GCM


class TokenVault:
    """Encrypts refresh tokens before they are written to the database."""

    def __init__(self, key: bytes) -> None:
        self._key = key

    def seal(self, token: str) -> bytes:
        secret = self._key
        plaintext = token.encode()
        cipher = AES.new(secret, CIPHER_MODE)
        sealed, tag = cipher.encrypt_and_digest(plaintext)
        ciphertext = cipher.nonce + tag + sealed
        return ciphertext
