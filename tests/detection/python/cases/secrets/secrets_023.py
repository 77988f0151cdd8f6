import keyring

SERVICE = "sendgrid"


def api_key() -> str:
    return keyring.get_password(SERVICE, "alerts") or ""
