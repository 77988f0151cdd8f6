import os

from fastapi import FastAPI, Query

app = FastAPI()


DEFAULT_HOST = "localhost"


@app.get("/list-archive")
def list_archive(archive: str = Query("")):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_HOST
    else:
        selected = archive
    output = os.popen("whois " + selected).read()
    return {"result": output}
