from fastapi import FastAPI, Header
from lxml import etree

app = FastAPI()


USERS = etree.parse("data/users.xml")


@app.get("/catalog-entry")
def catalog_entry(isbn: str = Header("")):
    nodes = USERS.xpath("//user[@name='" + isbn + "']/email/text()")
    return {"result": [str(n) for n in nodes]}
