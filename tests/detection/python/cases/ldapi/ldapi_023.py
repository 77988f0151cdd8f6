import ldap
from django.http import JsonResponse


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


BASE_DN = "ou=people,dc=example,dc=com"


def group_members(request, login):
    item = LookupRequest(login).term
    client = ldap.initialize("ldap://ldap.corp.example.com")
    entries = client.search_s(
        BASE_DN, ldap.SCOPE_SUBTREE, f"(memberOf=cn={item},ou=groups,dc=example,dc=com)"
    )
    return JsonResponse({"result": [dn for dn, _ in entries]})
