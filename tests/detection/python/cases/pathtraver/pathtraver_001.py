import os

from fastapi import Cookie, FastAPI

from benchlib import textutil

app = FastAPI()


BASE_DIR = "/srv/app/uploads"


@app.get("/delete-upload")
def delete_upload(doc: str = Cookie("")):
    selected = textutil.normalize_spaces(doc)
    with open(os.path.join(BASE_DIR, selected)) as handle:
        content = handle.read()
    return {"result": content}
