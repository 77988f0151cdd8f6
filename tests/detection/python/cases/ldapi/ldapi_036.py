from dataclasses import dataclass

from fastapi import FastAPI, Form

from benchlib import directory

app = FastAPI()


DEFAULT_UID = "jdoe"


@dataclass
class Criteria:
    value: str
    scope: str = DEFAULT_UID


@app.post("/directory-search")
def directory_search(member: str = Form("")):
    criteria = Criteria(value=member)
    entry = criteria.value
    conn = directory.connect()
    conn.search("dc=example,dc=com", "(sAMAccountName=%s)" % entry, attributes=["cn"])
    return {"result": len(conn.entries)}
