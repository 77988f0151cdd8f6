import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST

BASE_DIR = "/srv/app/uploads"


@require_POST
def download(request):
    filename = request.POST["filename"]
    with open(os.path.join(BASE_DIR, filename)) as handle:
        content = handle.read()
    return JsonResponse({"result": content})
