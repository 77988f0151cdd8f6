from django.http import JsonResponse
from ldap3 import Connection, Server

from benchlib.settings import RuntimeSettings

DEFAULT_UID = "jdoe"


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


def user_profile(request):
    uid = request.META.get("HTTP_X_UID", "")
    conf = RuntimeSettings(fallback=DEFAULT_UID)
    conf.put("requested", uid)
    value = conf.value("fallback")
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    conn.search(BASE_DN, "(uid=" + value + ")", attributes=["cn", "mail"])
    return JsonResponse({"result": [str(e.cn) for e in conn.entries]})
