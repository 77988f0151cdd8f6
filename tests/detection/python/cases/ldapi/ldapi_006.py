import ldap
from django.http import JsonResponse

DEFAULT_UID = "jdoe"


BASE_DN = "ou=people,dc=example,dc=com"


def group_members(request):
    member = request.META.get("HTTP_X_MEMBER", "")
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_UID
    else:
        entry = member
    client = ldap.initialize("ldap://ldap.corp.example.com")
    entries = client.search_s(
        BASE_DN, ldap.SCOPE_SUBTREE, f"(memberOf=cn={entry},ou=groups,dc=example,dc=com)"
    )
    return JsonResponse({"result": [dn for dn, _ in entries]})
