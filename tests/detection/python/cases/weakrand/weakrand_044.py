import random as rnd


class ApiKeyIssuer:
    prefix = "sk"

    def issue(self, owner: str) -> dict[str, str]:
        value = str(rnd.randrange(10**8, 10**9))
        return {"owner": owner, "key": f"{self.prefix}_{value}"}
