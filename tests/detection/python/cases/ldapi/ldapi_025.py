import ldap
from fastapi import FastAPI

app = FastAPI()


BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/group-members/{group}")
def group_members(group: str):
    target_value = " ".join(group.split())
    client = ldap.initialize("ldap://ldap.corp.example.com")
    entries = client.search_s(
        BASE_DN, ldap.SCOPE_SUBTREE, f"(memberOf=cn={target_value},ou=groups,dc=example,dc=com)"
    )
    return {"result": [dn for dn, _ in entries]}
