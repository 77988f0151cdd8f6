from django.http import FileResponse

BASE_DIR = "/srv/app/uploads"


def read_document(request):
    image = request.headers.get("X-Image", "")
    return FileResponse(open("%s/%s" % (BASE_DIR, image), "rb"))
