import os

from django.http import HttpResponseBadRequest, JsonResponse


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


BASE_DIR = "/srv/app/uploads"


def thumbnail(request):
    filename = request.META.get("HTTP_X_FILENAME", "")
    value = tidy(filename)
    path = os.path.join(BASE_DIR, value)
    if not path.startswith(BASE_DIR):
        return HttpResponseBadRequest("invalid value")
    with open(path) as handle:
        content = handle.read()
    return JsonResponse({"result": content})
