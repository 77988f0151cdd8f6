import io
import xml.sax
import xml.sax.handler

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/read-manifest")
def read_manifest(request: Request):
    manifest = request.query_params.get("manifest", "")
    pending = []
    pending.append(manifest)
    item = pending.pop()
    handler = xml.sax.ContentHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(item))
    return {"result": "parsed"}
