from fastapi import FastAPI, Request
from lxml import etree

app = FastAPI()


USERS = etree.parse("data/users.xml")


@app.get("/catalog-entry")
def catalog_entry(request: Request):
    isbn = request.query_params.get("isbn", "")
    find_books = etree.XPath("//book[title=$title]/price/text()")
    prices = find_books(USERS, title=isbn)
    return {"result": [str(p) for p in prices]}
