import io
import xml.sax
import xml.sax.handler

from fastapi import FastAPI, Form

app = FastAPI()


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.post("/parse-feed")
def parse_feed(feed: str = Form("")):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_DOCUMENT
    else:
        selected = feed
    handler = xml.sax.ContentHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(selected))
    return {"result": "parsed"}
