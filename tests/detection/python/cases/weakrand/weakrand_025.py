import random


def new_session_id() -> str:
    value = str(random.uniform(0, 1)).replace("0.", "")
    return value
