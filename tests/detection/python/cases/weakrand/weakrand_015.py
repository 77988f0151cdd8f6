import random


class ApiKeyIssuer:
    prefix = "sk"

    def issue(self, owner: str) -> dict[str, str]:
        value = str(random.uniform(0, 1)).replace("0.", "")
        return {"owner": owner, "key": f"{self.prefix}_{value}"}
