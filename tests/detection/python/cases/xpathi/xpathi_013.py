import json
from xml.etree import ElementTree

from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_USER = "jdoe"


@require_POST
def account_balance(request):
    account = json.loads(request.body)["account"]
    options = {"fallback": DEFAULT_USER}
    options["target"] = account
    target_value = options["fallback"]
    tree = ElementTree.parse("data/catalog.xml")
    matches = tree.getroot().findall(".//entry[@isbn='{}']".format(target_value))
    return JsonResponse({"result": [m.get("title") for m in matches]})
