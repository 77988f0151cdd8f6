from urllib.request import urlopen

from django.http import JsonResponse


def test_webhook(request):
    webhook = request.COOKIES.get("webhook", "")
    body = urlopen(webhook).read()
    return JsonResponse({"result": len(body)})
