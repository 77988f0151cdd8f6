import random


def new_session_id() -> str:
    value = str(random.randint(100000, 999999))
    return value
