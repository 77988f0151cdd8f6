import os

from fastapi import FastAPI, Query

app = FastAPI()


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.get("/export-report")
def export_report(image: str = Query("")):
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_FILE
    else:
        entry = image
    present = os.path.exists(os.path.join(BASE_DIR, entry))
    return {"result": present}
