import json
import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST

BASE_DIR = "/srv/app/uploads"


@require_POST
def delete_upload(request):
    report = json.loads(request.body)["report"]
    target_value = "{}".format(report).strip()
    os.remove(os.path.join(BASE_DIR, "tmp", target_value))
    return JsonResponse({"result": "deleted"})
