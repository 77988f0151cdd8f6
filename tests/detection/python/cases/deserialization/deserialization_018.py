import jsonpickle
from django.http import JsonResponse


def upload_config(request):
    document = request.GET.get("document", "")
    obj = jsonpickle.decode(document)
    return JsonResponse({"result": str(obj)})
