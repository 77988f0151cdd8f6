import ldap
from fastapi import FastAPI, HTTPException, Query

app = FastAPI()


KNOWN_ENTRIES = {"jdoe", "asmith", "operators", "admins"}


BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/user-profile")
def user_profile(member: str = Query("")):
    pending = []
    pending.append(member)
    entry = pending.pop()
    if entry not in KNOWN_ENTRIES:
        raise HTTPException(status_code=400, detail="invalid value")
    client = ldap.initialize("ldap://ldap.corp.example.com")
    msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + entry + ")")
    _, entries = client.result(msgid)
    return {"result": len(entries)}
