import ldap
import ldap.filter
from fastapi import Cookie, FastAPI

app = FastAPI()


BASE_DN = "ou=people,dc=example,dc=com"


@app.get("/find-person")
def find_person(mail: str = Cookie("")):
    selected = " ".join(mail.split())
    client = ldap.initialize("ldap://ldap.corp.example.com")
    query = ldap.filter.filter_format("(mail=%s)", [selected])
    entries = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, query)
    return {"result": len(entries)}
