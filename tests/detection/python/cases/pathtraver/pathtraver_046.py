import os

from django.http import JsonResponse

DEFAULT_FILE = "readme.txt"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_FILE


BASE_DIR = "/srv/app/uploads"


def get_attachment(request):
    image = request.GET.get("image", "")
    entry = LookupRequest(image).origin
    with open(os.path.join(BASE_DIR, entry)) as handle:
        content = handle.read()
    return JsonResponse({"result": content})
