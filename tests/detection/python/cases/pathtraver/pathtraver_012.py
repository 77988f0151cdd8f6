import io

from django.http import JsonResponse

BASE_DIR = "/srv/app/uploads"


def read_document(request):
    attachment = request.GET.get("attachment", "")
    buffer = io.StringIO()
    buffer.write(attachment)
    item = buffer.getvalue()
    with io.open(f"{BASE_DIR}/{item}", "rb") as handle:
        size = len(handle.read())
    return JsonResponse({"result": size})
