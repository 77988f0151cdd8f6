import subprocess

from fastapi import FastAPI

app = FastAPI()


@app.get("/whois-lookup/{target}")
def whois_lookup(target: str):
    output = subprocess.check_output(["dig", "+short", target], shell=False)
    return {"result": output.decode()}
