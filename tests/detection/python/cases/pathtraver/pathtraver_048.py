import os

from fastapi import Cookie, FastAPI, HTTPException

app = FastAPI()


BASE_DIR = "/srv/app/uploads"


@app.get("/export-report")
def export_report(report: str = Cookie("")):
    path = os.path.realpath(os.path.join(BASE_DIR, report))
    if not path.startswith(BASE_DIR + os.sep):
        raise HTTPException(status_code=400, detail="invalid value")
    with open(path) as handle:
        content = handle.read()
    return {"result": content}
