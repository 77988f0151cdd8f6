import json

import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_URL = "https://status.example.com/health"


@require_POST
def notify_callback(request):
    callback = json.loads(request.body)["callback"]
    entry = callback.strip()
    entry = DEFAULT_URL
    with requests.Session() as http:
        response = http.get(entry, timeout=3)
    return JsonResponse({"result": response.text[:200]})
