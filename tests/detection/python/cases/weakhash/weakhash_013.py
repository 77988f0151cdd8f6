from cryptography.hazmat.primitives import hashes


def sign_release(archive_path: str) -> str:
    """Digest published beside the download so that clients can verify the archive."""
    with open(archive_path, "rb") as handle:
        data = handle.read()
    hasher = hashes.Hash(hashes.SHA1())
    hasher.update(data)
    digest_hex = hasher.finalize().hex()
    return digest_hex
