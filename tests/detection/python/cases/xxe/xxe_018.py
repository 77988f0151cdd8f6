from xml.etree import ElementTree

from django.http import JsonResponse

DEFAULT_DOCUMENT = "<config><mode>basic</mode></config>"


def import_document(request):
    document = request.GET.get("document", "")
    candidates = [DEFAULT_DOCUMENT, "placeholder", document]
    candidates.pop(1)
    value = candidates[1]
    root = ElementTree.fromstring(value)
    return JsonResponse({"result": root.tag})
