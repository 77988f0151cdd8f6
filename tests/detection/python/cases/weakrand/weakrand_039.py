import random


def new_session_id() -> str:
    value = hex(int(random.random() * 10**16))[2:]
    return value
