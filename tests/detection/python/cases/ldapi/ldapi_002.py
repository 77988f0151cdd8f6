from django.http import JsonResponse
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

DEFAULT_UID = "jdoe"


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


def resolve_login(request):
    uid = request.META.get("HTTP_X_UID", "")
    if 3 * 5 > 4:
        value = uid
    else:
        value = DEFAULT_UID
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    conn.search(BASE_DN, "(uid=" + escape_filter_chars(value) + ")", attributes=["cn"])
    return JsonResponse({"result": len(conn.entries)})
