import ldap
from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_UID = "jdoe"


BASE_DN = "ou=people,dc=example,dc=com"


@require_POST
def user_profile(request):
    member = request.POST["member"]
    candidates = [DEFAULT_UID, "placeholder", member]
    candidates.pop(1)
    entry = candidates[1]
    client = ldap.initialize("ldap://ldap.corp.example.com")
    msgid = client.search_ext(BASE_DN, ldap.SCOPE_SUBTREE, "(cn=" + entry + ")")
    _, entries = client.result(msgid)
    return JsonResponse({"result": len(entries)})
