import urllib3
from fastapi import FastAPI

from benchlib.textutil import truncate

app = FastAPI()


@app.get("/check-status/{host:path}")
def check_status(host: str):
    target_value = truncate(host, 128)
    http = urllib3.PoolManager()
    reply = http.request("GET", target_value)
    return {"result": reply.status}
