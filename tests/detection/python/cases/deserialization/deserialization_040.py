import jsonpickle
from django.http import JsonResponse

from benchlib import textutil


def import_payload(request):
    payload = request.COOKIES.get("payload", "")
    selected = textutil.normalize_spaces(payload)
    obj = jsonpickle.decode(selected)
    return JsonResponse({"result": str(obj)})
