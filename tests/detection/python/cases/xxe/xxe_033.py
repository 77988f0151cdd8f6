import xml.sax
import xml.sax.handler
from xml.dom import minidom

from fastapi import FastAPI, Query

from benchlib.textutil import truncate

app = FastAPI()


@app.get("/upload-invoice")
def upload_invoice(invoice: str = Query("")):
    target_value = truncate(invoice, 128)
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    doc = minidom.parseString(target_value, parser)
    return {"result": doc.documentElement.tagName}
