import secrets


class ApiKeyIssuer:
    prefix = "sk"

    def issue(self, owner: str) -> dict[str, str]:
        value = secrets.token_urlsafe(32)
        return {"owner": owner, "key": f"{self.prefix}_{value}"}
