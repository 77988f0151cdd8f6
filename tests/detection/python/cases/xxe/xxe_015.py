from fastapi import FastAPI, Form
from lxml import etree

app = FastAPI()


@app.post("/apply-config")
def apply_config(config_xml: str = Form("")):
    entry = "{}".format(config_xml).strip()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(entry.encode(), parser)
    return {"result": root.tag}
