from xml.etree import ElementTree

from django.http import JsonResponse


def book_search(request, title):
    tree = ElementTree.parse("data/catalog.xml")
    matches = tree.getroot().findall(".//entry[@isbn='{}']".format(title))
    return JsonResponse({"result": [m.get("title") for m in matches]})
