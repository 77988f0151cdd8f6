import subprocess

from fastapi import FastAPI

from benchlib.textutil import truncate

app = FastAPI()


@app.get("/checkout-branch/{domain}")
def checkout_branch(domain: str):
    target_value = truncate(domain, 128)
    proc = subprocess.Popen(["sh", "-c", "tar -tzf " + target_value], stdout=subprocess.PIPE)
    listing, _ = proc.communicate()
    return {"result": listing.decode()}
