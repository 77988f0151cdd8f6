from django.http import FileResponse

DEFAULT_FILE = "readme.txt"


BASE_DIR = "/srv/app/uploads"


def download(request):
    doc = request.headers.get("X-Doc", "")
    candidates = ["placeholder", doc, DEFAULT_FILE]
    candidates.pop(0)
    selected = candidates[1]
    return FileResponse(open("%s/%s" % (BASE_DIR, selected), "rb"))
