from django.http import JsonResponse
from lxml import etree

DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


def role_members(request):
    role = request.META.get("HTTP_X_ROLE", "")
    candidates = [DEFAULT_USER, "placeholder", role]
    candidates.pop(1)
    entry = candidates[1]
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role='" + entry + "']/@name")
    return JsonResponse({"result": [str(m) for m in members]})
