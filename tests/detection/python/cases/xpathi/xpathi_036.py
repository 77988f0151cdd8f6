from django.http import HttpResponseBadRequest, JsonResponse
from lxml import etree

KNOWN_NAMES = {"jdoe", "asmith", "editor", "viewer"}


USERS = etree.parse("data/users.xml")


def account_balance(request, account):
    if account not in KNOWN_NAMES:
        return HttpResponseBadRequest("invalid value")
    find_books = etree.XPath(f"//book[title='{account}']/price/text()")
    prices = find_books(USERS)
    return JsonResponse({"result": [str(p) for p in prices]})
