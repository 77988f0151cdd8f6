import codecs

from fastapi import FastAPI, Header

app = FastAPI()


BASE_DIR = "/srv/app/uploads"


@app.get("/read-document")
def read_document(doc: str = Header("")):
    selected = doc.strip()[:200]
    with codecs.open(BASE_DIR + "/" + selected, encoding="utf-8") as handle:
        content = handle.read()
    return {"result": content}
