import os

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()


BASE_DIR = "/srv/app/uploads"


@app.get("/export-report/{filename:path}")
def export_report(filename: str):
    return FileResponse(os.path.join(BASE_DIR, filename))
