from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from benchlib.settings import RuntimeSettings

DEFAULT_TARGET = "/dashboard"


@require_POST
def login_done(request):
    next_url = request.POST["next_url"]
    conf = RuntimeSettings(fallback=DEFAULT_TARGET)
    conf.put("requested", next_url)
    value = conf.value("fallback")
    return redirect(value)
