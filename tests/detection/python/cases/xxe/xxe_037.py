import io
import json
import xml.sax
import xml.sax.handler

from django.http import JsonResponse
from django.views.decorators.http import require_POST


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


@require_POST
def import_document(request):
    document = json.loads(request.body)["document"]
    value = tidy(document)
    handler = xml.sax.ContentHandler()
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)
    parser.setContentHandler(handler)
    parser.parse(io.StringIO(value))
    return JsonResponse({"result": "parsed"})
