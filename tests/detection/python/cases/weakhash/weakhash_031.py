import hashlib

DIGEST_NAME = "sha384"


def sign_release(archive_path: str) -> str:
    """Digest published beside the download so that clients can verify the archive."""
    with open(archive_path, "rb") as handle:
        data = handle.read()
    digest_hex = hashlib.new(DIGEST_NAME, data).hexdigest()
    return digest_hex
