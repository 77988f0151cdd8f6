from django.http import JsonResponse
from ldap3 import Connection, Server

LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


def lookup_mail(request):
    mail = request.headers.get("X-Mail", "")
    selected = mail.strip()[:200]
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    search_filter = "(&(objectClass=person)(mail={}))".format(selected)
    conn.search(BASE_DN, search_filter, attributes=["uid"])
    return JsonResponse({"result": len(conn.entries)})
