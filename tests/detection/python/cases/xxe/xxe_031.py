import io

from django.http import JsonResponse
from django.views.decorators.http import require_POST
from lxml import etree

DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@require_POST
def apply_config(request):
    config_xml = request.POST["config_xml"]
    entry = config_xml.strip()
    entry = DEFAULT_DOCUMENT
    events = etree.iterparse(
        io.BytesIO(entry.encode()), events=("end",), resolve_entities=True, load_dtd=True
    )
    tags = [element.tag for _, element in events]
    return JsonResponse({"result": tags})
