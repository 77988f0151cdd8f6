import xml.sax

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class ImportDocumentRequest(BaseModel):
    document: str


@app.post("/import-document")
def import_document(body: ImportDocumentRequest):
    document = body.document
    handler = xml.sax.ContentHandler()
    xml.sax.parseString(document.encode(), handler)
    return {"result": "parsed"}
