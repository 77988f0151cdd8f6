import os

from fastapi import FastAPI
from werkzeug.utils import secure_filename

app = FastAPI()


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.get("/download/{report:path}")
def download(report: str):
    num = 86
    if (7 * 18) - num > 200:
        target_value = DEFAULT_FILE
    else:
        target_value = report
    with open(os.path.join(BASE_DIR, secure_filename(target_value)), "rb") as handle:
        size = len(handle.read())
    return {"result": size}
