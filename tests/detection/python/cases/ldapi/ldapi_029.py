from django.http import JsonResponse

from benchlib import directory

DEFAULT_UID = "jdoe"


def lookup_mail(request):
    group = request.COOKIES.get("group", "")
    options = {"fallback": DEFAULT_UID}
    options["target"] = group
    target_value = options["fallback"]
    conn = directory.connect()
    conn.search("dc=example,dc=com", "(sAMAccountName=%s)" % target_value, attributes=["cn"])
    return JsonResponse({"result": len(conn.entries)})
