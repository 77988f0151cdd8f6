from django.http import JsonResponse
from ldap3 import Connection, Server

from benchlib import textutil

LDAP_URL = "ldap://ldap.corp.example.com"
BASE_DN = "ou=people,dc=example,dc=com"


def resolve_login(request):
    mail = request.COOKIES.get("mail", "")
    selected = textutil.normalize_spaces(mail)
    conn = Connection(Server(LDAP_URL), auto_bind=True)
    results = conn.extend.standard.paged_search(
        BASE_DN, f"(|(uid={selected})(mail={selected}))", attributes=["cn"], generator=False
    )
    return JsonResponse({"result": len(results)})
