import json

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = "web"


@require_POST
def import_feed(request):
    feed = json.loads(request.body)["feed"]
    item = LookupRequest(feed).term
    response = requests.get(item, timeout=5)
    return JsonResponse({"result": response.status_code})
