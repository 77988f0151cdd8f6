import random


def new_session_id() -> str:
    value = bytes(random.randrange(256) for _ in range(16)).hex()
    return value
