from django.http import HttpResponseRedirect
from django.views.decorators.http import require_POST

DEFAULT_TARGET = "/dashboard"


@require_POST
def go(request):
    target = request.POST["target"]
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_TARGET
    else:
        selected = target
    return HttpResponseRedirect(selected)
