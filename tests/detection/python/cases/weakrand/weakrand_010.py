import numpy as np
from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/csrf")
def csrf_token(response: Response):
    value = format(np.random.randint(0, 2**31 - 1), "x")
    response.set_cookie("csrftoken", value, secure=True, samesite="strict")
    return {"csrf": value}
