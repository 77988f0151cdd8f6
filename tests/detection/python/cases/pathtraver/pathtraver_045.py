import os
import shutil

from fastapi import FastAPI, Request

app = FastAPI()


BASE_DIR = "/srv/app/uploads"


@app.get("/download")
def download(request: Request):
    attachment = request.query_params.get("attachment", "")
    shutil.copy(os.path.join(BASE_DIR, attachment), "/srv/app/exports/latest")
    return {"result": "copied"}
