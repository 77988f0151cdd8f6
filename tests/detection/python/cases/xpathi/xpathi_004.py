import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from benchlib import textutil


@require_POST
def book_search(request):
    title = json.loads(request.body)["title"]
    selected = textutil.normalize_spaces(title)
    with open("data/accounts.xml", "rb") as handle:
        doc = etree.fromstring(handle.read())
    owner = doc.xpath(f"string(//account[owner='{selected}']/@id)")
    return JsonResponse({"result": str(owner)})
