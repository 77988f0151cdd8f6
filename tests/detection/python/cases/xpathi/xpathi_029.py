from fastapi import FastAPI, Header
from lxml import etree

app = FastAPI()


USERS = etree.parse("data/users.xml")


@app.get("/role-members")
def role_members(role: str = Header("")):
    entry = "{}".format(role).strip()
    names = [u.get("name") for u in USERS.iter("user") if u.get("name") == entry]
    return {"result": names}
