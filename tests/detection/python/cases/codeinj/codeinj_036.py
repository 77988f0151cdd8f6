from django.http import JsonResponse
from django.views.decorators.http import require_POST

from benchlib.settings import RuntimeSettings

DEFAULT_EXPRESSION = "2 + 3"


@require_POST
def apply_rule(request):
    rule = request.POST["rule"]
    conf = RuntimeSettings(fallback=DEFAULT_EXPRESSION)
    conf.put("requested", rule)
    target_value = conf.value("requested")
    value = eval(target_value)
    return JsonResponse({"result": str(value)})
