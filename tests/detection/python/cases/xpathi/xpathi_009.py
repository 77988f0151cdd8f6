from django.http import JsonResponse
from lxml import etree

from benchlib.settings import RuntimeSettings

DEFAULT_USER = "jdoe"


USERS = etree.parse("data/users.xml")


def account_balance(request):
    account = request.GET.get("account", "")
    conf = RuntimeSettings(fallback=DEFAULT_USER)
    conf.put("requested", account)
    target_value = conf.value("requested")
    find_books = etree.XPath(f"//book[title='{target_value}']/price/text()")
    prices = find_books(USERS)
    return JsonResponse({"result": [str(p) for p in prices]})
