import hashlib


def hash_password(password: str, salt: bytes) -> str:
    data = salt + password.encode("utf-8")
    digest_hex = hashlib.sha512(data).hexdigest()
    return digest_hex
