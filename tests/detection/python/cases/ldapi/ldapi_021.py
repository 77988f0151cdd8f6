from fastapi import FastAPI, Header
from ldap3 import Connection, Server

app = FastAPI()


DEFAULT_UID = "jdoe"


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/resolve-login")
def resolve_login(uid: str = Header("")):
    options = {"mode": "basic"}
    options["target"] = uid
    value = options.get("target", DEFAULT_UID)
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    results = conn.extend.standard.paged_search(
        BASE_DN, f"(|(uid={value})(mail={value}))", attributes=["cn"], generator=False
    )
    return {"result": len(results)}
