import subprocess

from fastapi import FastAPI, Form, HTTPException

app = FastAPI()


KNOWN_HOSTS = {"localhost", "db.internal", "cache.internal"}


@app.post("/checkout-branch")
def checkout_branch(host: str = Form("")):
    if host not in KNOWN_HOSTS:
        raise HTTPException(status_code=400, detail="invalid value")
    text = subprocess.getoutput("host " + host)
    return {"result": text}
