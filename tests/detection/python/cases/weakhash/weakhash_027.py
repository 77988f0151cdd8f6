import hashlib as hl


def sign_release(archive_path: str) -> str:
    """Digest published beside the download so that clients can verify the archive."""
    with open(archive_path, "rb") as handle:
        data = handle.read()
    digest_hex = hl.blake2b(data, digest_size=32).hexdigest()
    return digest_hex
