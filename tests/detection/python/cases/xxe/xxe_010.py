import xml.sax
import xml.sax.handler
from xml.dom import minidom

from django.http import JsonResponse


def apply_config(request):
    config_xml = request.GET.get("config_xml", "")
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    doc = minidom.parseString(config_xml, parser)
    return JsonResponse({"result": doc.documentElement.tagName})
