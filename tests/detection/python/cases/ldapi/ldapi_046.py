from django.http import JsonResponse
from ldap3 import Connection, Server

DEFAULT_UID = "jdoe"


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


def user_profile(request, member):
    entry = member.strip()
    entry = DEFAULT_UID
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    conn.search(BASE_DN, "(uid=" + entry + ")", attributes=["cn", "mail"])
    return JsonResponse({"result": [str(e.cn) for e in conn.entries]})
