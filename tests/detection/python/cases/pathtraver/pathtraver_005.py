import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


@app.get("/read-document/{report:path}")
def read_document(report: str):
    options = {"fallback": DEFAULT_FILE}
    options["target"] = report
    target_value = options["fallback"]
    return FileResponse(os.path.join(BASE_DIR, target_value))
