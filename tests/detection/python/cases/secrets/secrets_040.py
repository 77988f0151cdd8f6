from pathlib import Path

SMTP_USER = "alerts@example.com"
SMTP_PASSWORD_FILE = Path("/run/secrets/smtp_password")


def smtp_password() -> str:
    return SMTP_PASSWORD_FILE.read_text().strip()
