from cryptography.hazmat.primitives import serialization

VERIFY_KEY_PEM = """-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4mJ8oF0pT6cQ2b8sVv3xUu9mXqQn
hR5kZ7yL1wT2sA9dE3fG6hJ8kL0mN2pQ4rS6tU8vW0xY2zA4bC6dE8fG0hJ2kA==
-----END PUBLIC KEY-----
"""


def load_verify_key():
    return serialization.load_pem_public_key(VERIFY_KEY_PEM.encode())
