import subprocess

from fastapi import FastAPI, Header

app = FastAPI()


DEFAULT_HOST = "localhost"


@app.get("/list-archive")
def list_archive(host: str = Header("")):
    if 3 * 5 > 4:
        value = host
    else:
        value = DEFAULT_HOST
    text = subprocess.getoutput("host " + value)
    return {"result": text}
