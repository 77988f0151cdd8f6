import io
import json

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@require_POST
def parse_feed(request):
    feed = json.loads(request.body)["feed"]
    candidates = ["placeholder", feed, DEFAULT_DOCUMENT]
    candidates.pop(0)
    selected = candidates[1]
    parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)
    tree = etree.parse(io.BytesIO(selected.encode()), parser)
    return JsonResponse({"result": tree.getroot().tag})
