from django.http import JsonResponse
from lxml import etree

DEFAULT_USER = "jdoe"


def catalog_entry(request):
    isbn = request.GET.get("isbn", "")
    mode = "ABC"[1]
    match mode:
        case "A":
            item = isbn
        case "B":
            item = DEFAULT_USER
        case _:
            item = isbn
    with open("data/accounts.xml", "rb") as handle:
        doc = etree.fromstring(handle.read())
    owner = doc.xpath(f"string(//account[owner='{item}']/@id)")
    return JsonResponse({"result": str(owner)})
