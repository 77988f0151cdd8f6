import base64
import pickle

from django.http import JsonResponse


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


def resume_wizard(request):
    snapshot = request.headers.get("X-Snapshot", "")
    item = LookupRequest(snapshot).term
    data = pickle.loads(base64.b64decode(item))
    return JsonResponse({"result": str(data)})
