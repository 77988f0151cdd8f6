from pathlib import Path

from django.http import JsonResponse

DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


def thumbnail(request, image):
    candidates = [DEFAULT_FILE, "placeholder", image]
    candidates.pop(1)
    entry = candidates[1]
    content = (Path(BASE_DIR) / entry).read_text()
    return JsonResponse({"result": content})
