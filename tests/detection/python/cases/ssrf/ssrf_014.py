import requests
from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_URL = "https://status.example.com/health"


@require_POST
def notify_callback(request):
    callback = request.POST["callback"]
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_URL
    else:
        entry = callback
    with requests.Session() as http:
        response = http.get(entry, timeout=3)
    return JsonResponse({"result": response.text[:200]})
