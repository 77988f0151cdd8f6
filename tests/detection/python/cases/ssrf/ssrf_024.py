import requests
from django.http import JsonResponse


def test_webhook(request):
    webhook = request.META.get("HTTP_X_WEBHOOK", "")
    selected = webhook.strip()[:200]
    response = requests.post(f"https://{selected}/hooks/deploy", json={"ok": True}, timeout=5)
    return JsonResponse({"result": response.status_code})
