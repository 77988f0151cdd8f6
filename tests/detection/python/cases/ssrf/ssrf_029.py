import requests
from django.http import JsonResponse

DEFAULT_URL = "hooks.example.com"


def check_status(request):
    host = request.headers.get("X-Host", "")
    options = {"fallback": DEFAULT_URL}
    options["target"] = host
    target_value = options["fallback"]
    response = requests.post(f"https://{target_value}/hooks/deploy", json={"ok": True}, timeout=5)
    return JsonResponse({"result": response.status_code})
