import hashlib

DIGEST_NAME = "sha1"


def hash_password(password: str, salt: bytes) -> str:
    data = salt + password.encode("utf-8")
    digest_hex = hashlib.new(DIGEST_NAME, data).hexdigest()
    return digest_hex
