import yaml
from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def load_preferences(request):
    prefs = request.POST["prefs"]
    target_value = " ".join(prefs.split())
    config = yaml.unsafe_load(target_value)
    return JsonResponse({"result": str(config)})
