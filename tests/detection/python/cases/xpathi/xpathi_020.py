import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

USERS = etree.parse("data/users.xml")


@require_POST
def account_balance(request):
    account = json.loads(request.body)["account"]
    nodes = USERS.xpath("//user[@name=$name]/email/text()", name=account)
    return JsonResponse({"result": [str(n) for n in nodes]})
