import secrets

from accounts.auth import check_credentials
from fastapi import FastAPI, HTTPException, Response
from pydantic import BaseModel

app = FastAPI()


class Login(BaseModel):
    username: str
    password: str


@app.post("/login")
def login(body: Login, response: Response):
    if check_credentials(body.username, body.password) is None:
        raise HTTPException(status_code=401, detail="invalid credentials")
    token = secrets.token_urlsafe(32)
    response.set_cookie("session", token, secure=True, httponly=True, samesite="lax")
    return {"user": body.username}
