from fastapi import FastAPI, Query
from lxml import etree

app = FastAPI()


@app.get("/read-manifest")
def read_manifest(manifest: str = Query("")):
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(manifest.encode(), parser)
    return {"result": root.tag}
