from django.http import FileResponse


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


BASE_DIR = "/srv/app/uploads"


def export_report(request):
    attachment = request.headers.get("X-Attachment", "")
    item = LookupRequest(attachment).term
    return FileResponse(open("%s/%s" % (BASE_DIR, item), "rb"))
