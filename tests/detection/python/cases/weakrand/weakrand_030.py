import random


class ApiKeyIssuer:
    prefix = "sk"

    def issue(self, owner: str) -> dict[str, str]:
        value = hex(int(random.random() * 10**16))[2:]
        return {"owner": owner, "key": f"{self.prefix}_{value}"}
