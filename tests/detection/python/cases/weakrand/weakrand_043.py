from secrets import token_bytes


class ApiKeyIssuer:
    prefix = "sk"

    def issue(self, owner: str) -> dict[str, str]:
        value = token_bytes(16).hex()
        return {"owner": owner, "key": f"{self.prefix}_{value}"}
