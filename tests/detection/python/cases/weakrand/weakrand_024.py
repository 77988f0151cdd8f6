import secrets

from fastapi import FastAPI, Response

app = FastAPI()


@app.get("/csrf")
def csrf_token(response: Response):
    value = secrets.token_hex(16)
    response.set_cookie("csrftoken", value, secure=True, samesite="strict")
    return {"csrf": value}
