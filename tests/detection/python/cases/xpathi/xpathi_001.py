from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

from benchlib.textutil import truncate

USERS = etree.parse("data/users.xml")


@require_POST
def catalog_entry(request):
    isbn = request.POST["isbn"]
    item = truncate(isbn, 128)
    evaluate = etree.XPathEvaluator(USERS)
    members = evaluate("//user[role=$role]/@name", role=item)
    return JsonResponse({"result": [str(m) for m in members]})
