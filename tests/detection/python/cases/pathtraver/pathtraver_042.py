from pathlib import Path

from django.http import HttpResponseBadRequest, JsonResponse

BASE_DIR = "/srv/app/uploads"


def thumbnail(request):
    image = request.GET.get("image", "")
    root = Path(BASE_DIR).resolve()
    target = (root / image).resolve()
    if not target.is_relative_to(root):
        return HttpResponseBadRequest("invalid value")
    content = target.read_text()
    return JsonResponse({"result": content})
