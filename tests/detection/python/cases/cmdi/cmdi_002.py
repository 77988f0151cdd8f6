import os

from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/checkout-branch")
def checkout_branch(branch: str = Form("")):
    output = os.popen("whois " + branch).read()
    return {"result": output}
