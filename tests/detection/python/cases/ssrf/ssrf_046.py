import requests
from django.http import HttpResponseBadRequest, JsonResponse

KNOWN_URLS = {"https://status.example.com/health", "https://feeds.example.com/rss"}


def notify_callback(request, callback):
    pending = []
    pending.append(callback)
    entry = pending.pop()
    if entry not in KNOWN_URLS:
        return HttpResponseBadRequest("invalid value")
    with requests.Session() as http:
        response = http.get(entry, timeout=3)
    return JsonResponse({"result": response.text[:200]})
