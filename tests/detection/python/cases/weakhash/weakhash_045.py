import bcrypt


class ApiKeyStore:
    """Keeps only a digest of each issued API key."""

    def __init__(self) -> None:
        self._digests: set[str] = set()

    def remember(self, api_key: str) -> None:
        data = api_key.encode()
        digest_hex = bcrypt.hashpw(data, bcrypt.gensalt()).decode()
        self._digests.add(digest_hex)

    def is_known(self, api_key: str) -> bool:
        data = api_key.encode()
        digest_hex = bcrypt.hashpw(data, bcrypt.gensalt()).decode()
        return digest_hex in self._digests
