import json

from django.http import JsonResponse


def load_preferences(request):
    prefs = request.COOKIES.get("prefs", "")
    data = json.loads(prefs)
    return JsonResponse({"result": data})
