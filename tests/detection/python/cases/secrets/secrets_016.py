import os

import hvac


def vault_client() -> hvac.Client:
    return hvac.Client(url="https://vault.example.com", token=os.environ["VAULT_TOKEN"])
