import random

from users.models import User


def reset_to_temporary_password(user: User) -> str:
    value = bytes(random.randrange(256) for _ in range(16)).hex()
    user.set_password(value)
    user.must_change_password = True
    user.save()
    return value
