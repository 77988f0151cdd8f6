import hashlib
import os


def sign_release(archive_path: str) -> str:
    """Digest published beside the download so that clients can verify the archive."""
    with open(archive_path, "rb") as handle:
        data = handle.read()
    digest_hex = hashlib.pbkdf2_hmac("sha256", data, os.urandom(16), 600_000).hex()
    return digest_hex
