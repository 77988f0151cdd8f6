from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("data/catalog.xml")


def query_for(author: str, year: str) -> str:
    expression = "//book[author='" + author + "'"
    if year:
        expression += " and @year='" + year + "'"
    return expression + "]/title/text()"


def books(request):
    titles = CATALOG.xpath(query_for(request.GET["author"], request.GET.get("year", "")))
    return JsonResponse({"titles": [str(t) for t in titles]})
