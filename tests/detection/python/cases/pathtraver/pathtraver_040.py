import json
import os

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

from benchlib.textutil import truncate

BASE_DIR = "/srv/app/uploads"


@require_POST
def export_report(request):
    attachment = json.loads(request.body)["attachment"]
    item = truncate(attachment, 128)
    path = os.path.realpath(os.path.join(BASE_DIR, item))
    if not path.startswith(BASE_DIR + os.sep):
        return HttpResponseBadRequest("invalid value")
    with open(path) as handle:
        content = handle.read()
    return JsonResponse({"result": content})
