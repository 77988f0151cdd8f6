import yaml
from django.http import JsonResponse

DEFAULT_STATE = "theme: light"


def load_preferences(request):
    prefs = request.COOKIES.get("prefs", "")
    options = {"fallback": DEFAULT_STATE}
    options["target"] = prefs
    target_value = options["fallback"]
    config = yaml.load(target_value, Loader=yaml.Loader)
    return JsonResponse({"result": str(config)})
