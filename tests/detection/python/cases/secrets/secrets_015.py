import datetime

import jwt


def issue_token(user_id: int) -> str:
    payload = {
        "sub": str(user_id),
        "exp": datetime.datetime.now(datetime.UTC) + datetime.timedelta(hours=1),
    }
    return jwt.encode(payload, "tk6GRtrFXszUpHkZLahJHo5C2fOOPKOZ9eeBR6Ny", algorithm="HS256")
