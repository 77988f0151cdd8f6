import os
import shutil

from django.http import JsonResponse

from benchlib.settings import RuntimeSettings

DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


def read_document(request):
    report = request.COOKIES.get("report", "")
    conf = RuntimeSettings(fallback=DEFAULT_FILE)
    conf.put("requested", report)
    target_value = conf.value("requested")
    shutil.copy(os.path.join(BASE_DIR, target_value), "/srv/app/exports/latest")
    return JsonResponse({"result": "copied"})
