import xml.sax
import xml.sax.handler
from xml.dom import minidom

from fastapi import FastAPI, Form

app = FastAPI()


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.post("/import-document")
def import_document(document: str = Form("")):
    options = {"mode": "basic"}
    options["target"] = document
    value = options.get("target", DEFAULT_DOCUMENT)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    doc = minidom.parseString(value, parser)
    return {"result": doc.documentElement.tagName}
