from fastapi import FastAPI, Query
from lxml import etree

app = FastAPI()


DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


@app.get("/role-members")
def role_members(role: str = Query("")):
    entry = role.strip()
    entry = DEFAULT_USER
    nodes = USERS.xpath("//user[@name='" + entry + "']/email/text()")
    return {"result": [str(n) for n in nodes]}
