import os


def new_session_id() -> str:
    value = os.urandom(16).hex()
    return value
