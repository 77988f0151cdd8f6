from django.http import JsonResponse
from lxml import etree

CATALOG = etree.parse("data/catalog.xml")


def query_for(year: str) -> str:
    expression = "//book[author=$author"
    if year:
        expression += " and @year=$year"
    return expression + "]/title/text()"


def books(request):
    year = request.GET.get("year", "")
    titles = CATALOG.xpath(query_for(year), author=request.GET["author"], year=year)
    return JsonResponse({"titles": [str(t) for t in titles]})
