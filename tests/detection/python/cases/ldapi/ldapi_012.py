import json

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST
from ldap3 import Connection, Server

KNOWN_ENTRIES = {"jdoe", "asmith", "operators", "admins"}


LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


@require_POST
def lookup_mail(request):
    group = json.loads(request.body)["group"]
    if group not in KNOWN_ENTRIES:
        return HttpResponseBadRequest("invalid value")
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    search_filter = "(&(objectClass=person)(mail={}))".format(group)
    conn.search(BASE_DN, search_filter, attributes=["uid"])
    return JsonResponse({"result": len(conn.entries)})
