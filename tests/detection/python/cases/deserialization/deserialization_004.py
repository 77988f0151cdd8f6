import json
import marshal

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from benchlib.settings import RuntimeSettings

DEFAULT_STATE = "7bda057468656d65da056c6967687430"


@require_POST
def restore_state(request):
    state = json.loads(request.body)["state"]
    conf = RuntimeSettings(fallback=DEFAULT_STATE)
    conf.put("requested", state)
    value = conf.value("fallback")
    settings = marshal.loads(bytes.fromhex(value))
    return JsonResponse({"result": str(settings)})
