from fastapi import FastAPI, Form
from ldap3 import Connection, Server

app = FastAPI()


DEFAULT_UID = "jdoe"


RECENT_LOOKUPS: list[str] = []


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.post("/resolve-login")
def resolve_login(uid: str = Form("")):
    RECENT_LOOKUPS.append("requested:" + uid)
    value = DEFAULT_UID
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    search_filter = "(&(objectClass=person)(mail={}))".format(value)
    conn.search(BASE_DN, search_filter, attributes=["uid"])
    return {"result": len(conn.entries)}
