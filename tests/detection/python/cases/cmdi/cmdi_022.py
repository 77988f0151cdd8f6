import json
import os

from django.http import JsonResponse
from django.views.decorators.http import require_POST


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@require_POST
def list_archive(request):
    target = json.loads(request.body)["target"]
    item = LookupRequest(target).term
    status = os.system("ping -c 1 " + item)
    return JsonResponse({"result": status})
