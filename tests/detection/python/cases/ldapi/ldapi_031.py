import ldap
import ldap.filter
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class DirectorySearchRequest(BaseModel):
    login: str


BASE_DN = "ou=people,dc=example,dc=com"


@app.post("/directory-search")
def directory_search(body: DirectorySearchRequest):
    login = body.login
    client = ldap.initialize("ldap://ldap.corp.example.com")
    query = ldap.filter.filter_format("(mail=%s)", [login])
    entries = client.search_s(BASE_DN, ldap.SCOPE_SUBTREE, query)
    return {"result": len(entries)}
