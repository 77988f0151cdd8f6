import string
from random import choices

from fastapi import FastAPI, Response

app = FastAPI()
ALPHABET = string.ascii_letters + string.digits


@app.get("/csrf")
def csrf_token(response: Response):
    value = "".join(choices(ALPHABET, k=24))
    response.set_cookie("csrftoken", value, secure=True, samesite="strict")
    return {"csrf": value}
