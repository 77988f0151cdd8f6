import xml.sax
import xml.sax.handler
from xml.dom import minidom

from fastapi import FastAPI
from pydantic import BaseModel

from benchlib.settings import RuntimeSettings

app = FastAPI()


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


class ImportDocumentRequest(BaseModel):
    document: str


@app.post("/import-document")
def import_document(body: ImportDocumentRequest):
    document = body.document
    conf = RuntimeSettings(fallback=DEFAULT_DOCUMENT)
    conf.put("requested", document)
    value = conf.value("fallback")
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    doc = minidom.parseString(value, parser)
    return {"result": doc.documentElement.tagName}
