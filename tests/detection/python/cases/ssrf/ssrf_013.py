import urllib3
from django.http import JsonResponse

DEFAULT_URL = "https://status.example.com/health"


def notify_callback(request):
    callback = request.GET.get("callback", "")
    candidates = [DEFAULT_URL, "placeholder", callback]
    candidates.pop(1)
    entry = candidates[1]
    http = urllib3.PoolManager()
    reply = http.request("GET", entry)
    return JsonResponse({"result": reply.status})
