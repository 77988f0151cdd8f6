import configparser

import ldap
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


DEFAULT_UID = "jdoe"


class GroupMembersRequest(BaseModel):
    login: str


BASE_DN = "ou=people,dc=example,dc=com"


@app.post("/group-members")
def group_members(body: GroupMembersRequest):
    login = body.login
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_UID}
    settings.set("lookup", "requested", login)
    item = settings.get("lookup", "fallback")
    client = ldap.initialize("ldap://ldap.corp.example.com")
    msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + item + ")")
    _, entries = client.result(msgid)
    return {"result": len(entries)}
