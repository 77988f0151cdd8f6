import secrets

from users.models import User


def reset_to_temporary_password(user: User) -> str:
    value = str(secrets.randbelow(900000) + 100000)
    user.set_password(value)
    user.must_change_password = True
    user.save()
    return value
