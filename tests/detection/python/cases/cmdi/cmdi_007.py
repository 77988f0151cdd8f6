import subprocess
from dataclasses import dataclass

from fastapi import FastAPI, Request

app = FastAPI()


DEFAULT_HOST = "localhost"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_HOST


@app.get("/dns-lookup")
def dns_lookup(request: Request):
    branch = request.query_params.get("branch", "")
    criteria = Criteria(value=branch)
    entry = criteria.value
    completed = subprocess.run(f"nslookup {entry}", shell=True, capture_output=True, text=True)
    return {"result": completed.stdout}
