from fastapi import FastAPI, Query
from lxml import etree

app = FastAPI()


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


USERS = etree.parse("data/users.xml")


@app.get("/catalog-entry")
def catalog_entry(isbn: str = Query("")):
    item = LookupRequest(isbn).term
    root = USERS.getroot()
    balance = root.xpath("//account[@id='%s']/balance/text()" % item)
    return {"result": [str(b) for b in balance]}
