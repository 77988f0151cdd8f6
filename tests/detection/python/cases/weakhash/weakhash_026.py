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
    hasher = hashlib.new("sha1")
    hasher.update(data)
    digest_hex = hasher.hexdigest()
    return {"user": body.user, "password_hash": digest_hex}
