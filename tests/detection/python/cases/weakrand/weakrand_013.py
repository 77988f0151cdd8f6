import numpy as np
from users.models import User


def reset_to_temporary_password(user: User) -> str:
    value = format(np.random.randint(0, 2**31 - 1), "x")
    user.set_password(value)
    user.must_change_password = True
    user.save()
    return value
