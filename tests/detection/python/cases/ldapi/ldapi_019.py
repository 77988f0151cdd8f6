from django.http import JsonResponse
from ldap3 import Connection, Server
from ldap3.utils.conv import escape_filter_chars

LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


def directory_search(request):
    login = request.GET.get("login", "")
    login = escape_filter_chars(login)
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    search_filter = "(&(objectClass=person)(mail={}))".format(login)
    conn.search(BASE_DN, search_filter, attributes=["uid"])
    return JsonResponse({"result": len(conn.entries)})
