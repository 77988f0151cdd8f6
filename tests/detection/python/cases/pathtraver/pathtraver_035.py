import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


class Storage:
    def __init__(self, root: str) -> None:
        self.root = root

    def locate(self, tenant: str, name: str) -> str:
        return os.path.join(self.root, tenant, name)


storage = Storage("/srv/files")


@app.get("/files/{tenant}/{name:path}")
def download(tenant: str, name: str):
    path = storage.locate(tenant, name)
    if not os.path.isfile(path):
        return {"error": "not found"}
    return FileResponse(path)
