import hashlib
import os

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Credentials(BaseModel):
    user: str
    password: str


@app.post("/accounts")
def create_account(body: Credentials):
    data = body.password.encode()
    digest_hex = hashlib.scrypt(data, salt=os.urandom(16), n=2**14, r=8, p=1).hex()
    return {"user": body.user, "password_hash": digest_hex}
