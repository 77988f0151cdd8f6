from django.http import JsonResponse
from lxml import etree

USERS = etree.parse("data/users.xml")


def book_search(request):
    title = request.COOKIES.get("title", "")
    selected = title.strip()[:200]
    find_books = etree.XPath(f"//book[title='{selected}']/price/text()")
    prices = find_books(USERS)
    return JsonResponse({"result": [str(p) for p in prices]})
