import jsonpickle
from django.http import JsonResponse

DEFAULT_STATE = '{"theme": "light"}'


def import_payload(request):
    payload = request.META.get("HTTP_X_PAYLOAD", "")
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_STATE
    else:
        selected = payload
    obj = jsonpickle.decode(selected)
    return JsonResponse({"result": str(obj)})
