from django.http import JsonResponse
from ldap3 import Connection, Server

LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


def resolve_login(request):
    group = request.GET.get("group", "")
    target_value = "{}".format(group).strip()
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    results = conn.extend.standard.paged_search(
        BASE_DN, f"(|(uid={target_value})(mail={target_value}))", attributes=["cn"], generator=False
    )
    return JsonResponse({"result": len(results)})
