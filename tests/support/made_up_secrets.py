"""Made-up credentials in the formats real ones have, for the redaction and triage tests."""

from __future__ import annotations

AWS_KEY = "AKIAZ7Q3RTXPLM4KWN2B"
GITHUB_TOKEN = "ghp_" + "k3Lm9QzX2vB7nR4tY8wP1sD6fH0jG5aE2cV9"
DB_PASSWORD = "Tr0ub4dor&3-horse"
URL_PASSWORD = "s3cr3tP4ssw0rd"
BEARER = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.Zm9vYmFyYmF6cXV4MTIzNDU2"
OPAQUE_TOKEN = "8f3kLm2Qx9Zr7Tp4Wn6Yb1Vc"
# Formats only detect-secrets' plugins know here.
STRIPE_KEY = "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc"
SLACK_TOKEN = "xoxb-" + "2048523617-0917361284-Xq7rT2mN9kLp"
PEM_BODY = [
    "MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gunV",
    "TLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxKLx",
    "oS2tFczGkPLPgizskuemMghRniWaoLcyehkd3qqGElvW/VDL5AaWTg0nLVkjRo9z+",
    "40RQzuVaE8AkAFmxZzow3x+VJYKdjykkJ0iT9wCS0DRTXu269V264Vf/3jvredZ==",
]
PRIVATE_KEY = "\n".join(
    ["-----BEGIN RSA PRIVATE KEY-----", *PEM_BODY, "-----END RSA PRIVATE KEY-----"]
)


def assert_redacted(output: str, secret: str) -> None:
    """The secret is gone, replaced by at most its first 4 characters and its length."""
    kept = min(4, len(secret) // 4)
    assert secret not in output
    assert f"{secret[:kept]}…({len(secret)} chars)" in output, output
