import io

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@require_POST
def read_manifest(request):
    manifest = request.POST["manifest"]
    item = LookupRequest(manifest).term
    parser = etree.XMLParser(load_dtd=True, no_network=False, resolve_entities=True)
    tree = etree.parse(io.BytesIO(item.encode()), parser)
    return JsonResponse({"result": tree.getroot().tag})
