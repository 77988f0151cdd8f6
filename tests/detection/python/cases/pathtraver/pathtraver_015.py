import os

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()


class Storage:
    def __init__(self, root: str) -> None:
        self.root = os.path.realpath(root)

    def locate(self, tenant: str, name: str) -> str:
        path = os.path.realpath(os.path.join(self.root, tenant, name))
        if os.path.commonpath([self.root, path]) != self.root:
            raise HTTPException(status_code=404)
        return path


storage = Storage("/srv/files")


@app.get("/files/{tenant}/{name:path}")
def download(tenant: str, name: str):
    path = storage.locate(tenant, name)
    if not os.path.isfile(path):
        raise HTTPException(status_code=404)
    return FileResponse(path)
