import lxml.etree
from fastapi import FastAPI, Request

app = FastAPI()


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.get("/parse-feed")
def parse_feed(request: Request):
    feed = request.query_params.get("feed", "")
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_DOCUMENT
        case "B":
            selected = DEFAULT_DOCUMENT
        case _:
            selected = feed
    parser = lxml.etree.XMLParser(resolve_entities=True, dtd_validation=False)
    root = lxml.etree.XML(selected, parser)
    return {"result": root.tag}
