from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree


@require_POST
def parse_feed(request):
    feed = request.POST["feed"]
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(feed.encode(), parser)
    return JsonResponse({"result": root.tag})
