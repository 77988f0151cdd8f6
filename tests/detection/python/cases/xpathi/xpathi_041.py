from xml.etree import ElementTree

from fastapi import Cookie, FastAPI

app = FastAPI()


DEFAULT_USER = "jdoe"


@app.get("/book-search")
def book_search(title: str = Cookie("")):
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_USER
    else:
        selected = title
    tree = ElementTree.parse("data/catalog.xml")
    matches = tree.getroot().findall(".//entry[@isbn='{}']".format(selected))
    return {"result": [m.get("title") for m in matches]}
