from random import SystemRandom

from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/csrf")
def csrf_token(response: Response):
    value = format(SystemRandom().getrandbits(128), "032x")
    response.set_cookie("csrftoken", value, secure=True, samesite="strict")
    return {"csrf": value}
