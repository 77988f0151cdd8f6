import subprocess as sp

from fastapi import FastAPI, Query

app = FastAPI()


DEFAULT_HOST = "localhost"


@app.get("/checkout-branch")
def checkout_branch(host: str = Query("")):
    options = {"mode": "basic"}
    options["target"] = host
    value = options.get("target", DEFAULT_HOST)
    rc = sp.call("git checkout {}".format(value), shell=True)
    return {"result": rc}
