from django.http import JsonResponse
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


def group_members(request):
    group = request.COOKIES.get("group", "")
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    conn.search(BASE_DN, "(uid=" + escape_filter_chars(group) + ")", attributes=["cn"])
    return JsonResponse({"result": len(conn.entries)})
