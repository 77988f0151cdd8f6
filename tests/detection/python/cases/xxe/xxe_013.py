import configparser
import io

from django.http import JsonResponse
from lxml import etree

DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


def parse_feed(request):
    feed = request.GET.get("feed", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_DOCUMENT}
    settings.set("lookup", "requested", feed)
    selected = settings.get("lookup", "requested")
    events = etree.iterparse(
        io.BytesIO(selected.encode()), events=("end",), resolve_entities=True, load_dtd=True
    )
    tags = [element.tag for _, element in events]
    return JsonResponse({"result": tags})
