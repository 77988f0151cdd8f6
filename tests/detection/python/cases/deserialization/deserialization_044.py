import json

from fastapi import Cookie, FastAPI

app = FastAPI()


@app.get("/upload-config")
def upload_config(document: str = Cookie("")):
    pending = []
    pending.append(document)
    entry = pending.pop()
    data = json.loads(entry)
    return {"result": data}
