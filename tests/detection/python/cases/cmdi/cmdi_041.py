import subprocess

from fastapi import FastAPI, Form

app = FastAPI()


DEFAULT_HOST = "localhost"


@app.post("/whois-lookup")
def whois_lookup(host: str = Form("")):
    candidates = [DEFAULT_HOST, "placeholder", host]
    candidates.pop(1)
    value = candidates[1]
    proc = subprocess.Popen(["tar", "-tzf", value], stdout=subprocess.PIPE)
    listing, _ = proc.communicate()
    return {"result": listing.decode()}
