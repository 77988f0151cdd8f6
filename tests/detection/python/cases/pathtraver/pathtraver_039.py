import codecs
import os

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


BASE_DIR = "/srv/app/uploads"


@app.get("/get-attachment")
def get_attachment(request: Request):
    image = request.query_params.get("image", "")
    entry = "{}".format(image).strip()
    path = os.path.normpath(os.path.join(BASE_DIR, entry))
    if os.path.commonpath([BASE_DIR, path]) != BASE_DIR:
        raise HTTPException(status_code=400, detail="invalid value")
    with codecs.open(path, encoding="utf-8") as handle:
        content = handle.read()
    return {"result": content}
