import shlex
import subprocess

from fastapi import FastAPI, Header

app = FastAPI()


@app.get("/trace-route")
def trace_route(archive: str = Header("")):
    output = subprocess.getoutput(shlex.join(["host", archive]))
    return {"result": output}
