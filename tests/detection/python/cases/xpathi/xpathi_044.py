from django.http import JsonResponse
from lxml import etree

from benchlib.settings import RuntimeSettings

DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


def user_details(request):
    username = request.headers.get("X-Username", "")
    conf = RuntimeSettings(fallback=DEFAULT_USER)
    conf.put("requested", username)
    value = conf.value("fallback")
    nodes = USERS.xpath("//user[@name='" + value + "']/email/text()")
    return JsonResponse({"result": [str(n) for n in nodes]})
