import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


DEFAULT_HOST = "localhost"


RECENT_LOOKUPS: list[str] = []


@app.get("/checkout-branch")
def checkout_branch(request: Request):
    host = request.query_params.get("host", "")
    RECENT_LOOKUPS.append("requested:" + host)
    value = DEFAULT_HOST
    text = subprocess.getoutput("host " + value)
    return {"result": text}
