import ldap
from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


DEFAULT_UID = "jdoe"


BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/group-members")
def group_members(request: Request):
    login = request.query_params.get("login", "")
    if 3 * 5 > 4:
        item = login
    else:
        item = DEFAULT_UID
    if not item.isalnum():
        raise HTTPException(status_code=400, detail="invalid value")
    client = ldap.initialize("ldap://ldap.corp.example.com")
    msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + item + ")")
    _, entries = client.result(msgid)
    return {"result": len(entries)}
