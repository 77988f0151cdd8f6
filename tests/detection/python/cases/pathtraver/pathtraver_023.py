import os

from fastapi import FastAPI, HTTPException

app = FastAPI()


BASE_DIR = "/srv/app/uploads"


@app.get("/get-attachment/{doc:path}")
def get_attachment(doc: str):
    path = os.path.join(BASE_DIR, doc)
    if not path.startswith(BASE_DIR):
        raise HTTPException(status_code=400, detail="invalid value")
    with open(path) as handle:
        content = handle.read()
    return {"result": content}
