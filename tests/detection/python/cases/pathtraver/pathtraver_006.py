import os

from fastapi import FastAPI, Form

app = FastAPI()


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.post("/read-document")
def read_document(doc: str = Form("")):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_FILE
    else:
        selected = doc
    present = os.path.exists(os.path.join(BASE_DIR, selected))
    return {"result": present}
