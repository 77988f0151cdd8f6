from fastapi import FastAPI
from lxml import etree
from pydantic import BaseModel

app = FastAPI()


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


class ApplyConfigRequest(BaseModel):
    config_xml: str


@app.post("/apply-config")
def apply_config(body: ApplyConfigRequest):
    config_xml = body.config_xml
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_DOCUMENT
    else:
        entry = config_xml
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(entry.encode(), parser)
    return {"result": root.tag}
