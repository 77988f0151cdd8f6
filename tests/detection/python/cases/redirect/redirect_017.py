from django.shortcuts import redirect
from django.views.decorators.http import require_POST

DEFAULT_TARGET = "/dashboard"


@require_POST
def jump(request):
    dest = request.POST["dest"]
    candidates = [DEFAULT_TARGET, "placeholder", dest]
    candidates.pop(1)
    entry = candidates[1]
    return redirect(entry)
