import os
from dataclasses import dataclass

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


DEFAULT_FILE = "readme.txt"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_FILE


BASE_DIR = "/srv/app/uploads"


@app.get("/get-attachment/{image:path}")
def get_attachment(image: str):
    criteria = Criteria(value=image)
    entry = criteria.value
    return FileResponse(os.path.join(BASE_DIR, entry))
