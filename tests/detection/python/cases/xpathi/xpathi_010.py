from fastapi import Cookie, FastAPI
from lxml import etree

app = FastAPI()


DEFAULT_USER = "jdoe"


@app.get("/user-details")
def user_details(username: str = Cookie("")):
    options = {"mode": "basic"}
    options["target"] = username
    value = options.get("target", DEFAULT_USER)
    with open("data/accounts.xml", "rb") as handle:
        doc = etree.fromstring(handle.read())
    owner = doc.xpath(f"string(//account[owner='{value}']/@id)")
    return {"result": str(owner)}
