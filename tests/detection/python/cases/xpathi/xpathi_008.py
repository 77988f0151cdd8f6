from fastapi import FastAPI, Header, HTTPException
from lxml import etree

app = FastAPI()


KNOWN_NAMES = {"jdoe", "asmith", "editor", "viewer"}


USERS = etree.parse("data/users.xml")


@app.get("/role-members")
def role_members(role: str = Header("")):
    pending = []
    pending.append(role)
    entry = pending.pop()
    if entry not in KNOWN_NAMES:
        raise HTTPException(status_code=400, detail="invalid value")
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role='" + entry + "']/@name")
    return {"result": [str(m) for m in members]}
