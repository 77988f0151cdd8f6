from Crypto.Hash import MD5


def hash_password(password: str, salt: bytes) -> str:
    data = salt + password.encode("utf-8")
    digest_hex = MD5.new(data).hexdigest()
    return digest_hex
