import hashlib

DIGEST_NAME = "sha384"


class ApiKeyStore:
    """Keeps only a digest of each issued API key."""

    def __init__(self) -> None:
        self._digests: set[str] = set()

    def remember(self, api_key: str) -> None:
        data = api_key.encode()
        digest_hex = hashlib.new(DIGEST_NAME, data).hexdigest()
        self._digests.add(digest_hex)

    def is_known(self, api_key: str) -> bool:
        data = api_key.encode()
        digest_hex = hashlib.new(DIGEST_NAME, data).hexdigest()
        return digest_hex in self._digests
