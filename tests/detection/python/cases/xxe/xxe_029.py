from xml.dom import pulldom
from xml.sax import make_parser
from xml.sax.handler import feature_external_ges

from django.http import JsonResponse

DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


def upload_invoice(request):
    invoice = request.GET.get("invoice", "")
    if 7 * 3 < 2:
        target_value = invoice
    else:
        target_value = DEFAULT_DOCUMENT
    parser = make_parser()
    parser.setFeature(feature_external_ges, True)
    events = pulldom.parseString(target_value, parser=parser)
    names = [node.tagName for event, node in events if event == pulldom.START_ELEMENT]
    return JsonResponse({"result": names})
