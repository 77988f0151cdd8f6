from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

USERS = etree.parse("data/users.xml")


@require_POST
def catalog_entry(request):
    isbn = request.POST["isbn"]
    isbn = str(int(isbn))
    find_books = etree.XPath(f"//book[title='{isbn}']/price/text()")
    prices = find_books(USERS)
    return JsonResponse({"result": [str(p) for p in prices]})
