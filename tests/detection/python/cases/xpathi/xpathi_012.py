from django.http import JsonResponse
from lxml import etree

DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


def role_members(request):
    role = request.headers.get("X-Role", "")
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_USER
    else:
        entry = role
    root = USERS.getroot()
    balance = root.xpath("//account[@id='%s']/balance/text()" % entry)
    return JsonResponse({"result": [str(b) for b in balance]})
