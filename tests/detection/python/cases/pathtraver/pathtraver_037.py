import os

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


DEFAULT_FILE = "readme.txt"


class ThumbnailRequest(BaseModel):
    image: str


BASE_DIR = "/srv/app/uploads"


@app.post("/thumbnail")
def thumbnail(body: ThumbnailRequest):
    image = body.image
    entry = image.strip()
    entry = DEFAULT_FILE
    os.remove(os.path.join(BASE_DIR, "tmp", entry))
    return {"result": "deleted"}
