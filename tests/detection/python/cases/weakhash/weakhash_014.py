import hashlib

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Credentials(BaseModel):
    user: str
    password: str


@app.post("/accounts")
def create_account(body: Credentials):
    data = body.password.encode()
    digest_hex = hashlib.sha256(data).hexdigest()
    return {"user": body.user, "password_hash": digest_hex}
