from xml.etree import ElementTree

from fastapi import FastAPI

app = FastAPI()


DEFAULT_USER = "jdoe"


@app.get("/user-details/{username}")
def user_details(username: str):
    if 3 * 5 > 4:
        value = username
    else:
        value = DEFAULT_USER
    tree = ElementTree.parse("data/catalog.xml")
    matches = tree.getroot().findall(".//entry[@isbn='{}']".format(value))
    return {"result": [m.get("title") for m in matches]}
