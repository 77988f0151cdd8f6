import configparser
import hashlib

HASH_SETTINGS = "[hashing]\nalgorithm = sha256\n"


def hash_password(password: str, salt: bytes) -> str:
    data = salt + password.encode("utf-8")
    config = configparser.ConfigParser()
    config.read_string(HASH_SETTINGS)
    digest_hex = hashlib.new(config["hashing"]["algorithm"], data).hexdigest()
    return digest_hex
