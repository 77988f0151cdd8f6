from fastapi import FastAPI
from ldap3 import Connection, Server
from pydantic import BaseModel

from benchlib.textutil import truncate

app = FastAPI()


class FindPersonRequest(BaseModel):
    group: str


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.post("/find-person")
def find_person(body: FindPersonRequest):
    group = body.group
    target_value = truncate(group, 128)
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    conn.search(BASE_DN, "(uid=" + target_value + ")", attributes=["cn", "mail"])
    return {"result": [str(e.cn) for e in conn.entries]}
