from defusedxml import minidom as defused_minidom
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/upload-invoice")
def upload_invoice(request: Request):
    invoice = request.query_params.get("invoice", "")
    doc = defused_minidom.parseString(invoice)
    return {"result": doc.documentElement.tagName}
