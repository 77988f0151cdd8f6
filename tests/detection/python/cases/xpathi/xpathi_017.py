from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree


@require_POST
def account_balance(request):
    account = request.POST["account"]
    target_value = "{}".format(account).strip()
    with open("data/accounts.xml", "rb") as handle:
        doc = etree.fromstring(handle.read())
    owner = doc.xpath(f"string(//account[owner='{target_value}']/@id)")
    return JsonResponse({"result": str(owner)})
