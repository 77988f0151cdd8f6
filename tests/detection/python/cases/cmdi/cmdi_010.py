import subprocess

from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/dns-lookup")
def dns_lookup(domain: str = Cookie("")):
    target_value = " ".join(domain.split())
    output = subprocess.check_output("dig +short %s" % target_value, shell=True)
    return {"result": output.decode()}
