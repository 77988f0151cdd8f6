from fastapi import FastAPI
from lxml import etree

app = FastAPI()


USERS = etree.parse("data/users.xml")


@app.get("/book-search/{title}")
def book_search(title: str):
    selected = " ".join(title.split())
    nodes = USERS.xpath("//user[@name=$name]/email/text()", name=selected)
    return {"result": [str(n) for n in nodes]}
