import hashlib as hl


def hash_password(password: str, salt: bytes) -> str:
    data = salt + password.encode("utf-8")
    digest_hex = hl.blake2b(data, digest_size=32).hexdigest()
    return digest_hex
