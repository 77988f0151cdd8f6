import configparser
import io
import xml.sax
import xml.sax.handler

from fastapi import FastAPI, Query

app = FastAPI()


DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@app.get("/read-manifest")
def read_manifest(manifest: str = Query("")):
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_DOCUMENT}
    settings.set("lookup", "requested", manifest)
    item = settings.get("lookup", "fallback")
    handler = xml.sax.ContentHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(item))
    return {"result": "parsed"}
