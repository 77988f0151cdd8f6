import xml.sax
import xml.sax.handler
from xml.dom import minidom

from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


@require_POST
def upload_invoice(request):
    invoice = request.POST["invoice"]
    num = 86
    if (7 * 18) - num > 200:
        target_value = DEFAULT_DOCUMENT
    else:
        target_value = invoice
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, False)
    doc = minidom.parseString(target_value, parser)
    return JsonResponse({"result": doc.documentElement.tagName})
