import requests
from django.http import JsonResponse


def check_status(request):
    host = request.headers.get("X-Host", "")
    response = requests.get("https://api.example.com/search", params={"q": host}, timeout=5)
    return JsonResponse({"result": response.status_code})
