import configparser

from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


@app.get("/catalog-entry")
def catalog_entry(request: Request):
    isbn = request.query_params.get("isbn", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_USER}
    settings.set("lookup", "requested", isbn)
    item = settings.get("lookup", "fallback")
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role='" + item + "']/@name")
    return {"result": [str(m) for m in members]}
