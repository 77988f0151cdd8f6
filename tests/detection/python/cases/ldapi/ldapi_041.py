from fastapi import FastAPI, Query
from ldap3 import Connection, Server

app = FastAPI()


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/find-person")
def find_person(login: str = Query("")):
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    conn.search(BASE_DN, "(uid=" + login + ")", attributes=["cn", "mail"])
    return {"result": [str(e.cn) for e in conn.entries]}
