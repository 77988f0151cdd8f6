import random

from users.models import User


def reset_to_temporary_password(user: User) -> str:
    value = str(random.randint(100000, 999999))
    user.set_password(value)
    user.must_change_password = True
    user.save()
    return value
