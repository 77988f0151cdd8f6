from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from fastapi import FastAPI, Form

app = FastAPI()


@app.post("/read-manifest")
def read_manifest(manifest: str = Form("")):
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(manifest, parser=parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return {"result": names}
