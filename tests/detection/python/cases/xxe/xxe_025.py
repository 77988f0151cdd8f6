import io

from fastapi import FastAPI
from lxml import etree
from pydantic import BaseModel

app = FastAPI()


class ParseFeedRequest(BaseModel):
    feed: str


@app.post("/parse-feed")
def parse_feed(body: ParseFeedRequest):
    feed = body.feed
    selected = feed.strip()[:200]
    parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)
    tree = etree.parse(io.BytesIO(selected.encode()), parser)
    return {"result": tree.getroot().tag}
