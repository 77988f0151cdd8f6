from django.shortcuts import redirect
from django.views.decorators.http import require_POST

DEFAULT_TARGET = "/dashboard"


@require_POST
def logout(request):
    return_to = request.POST["return_to"]
    if 7 * 3 < 2:
        target_value = return_to
    else:
        target_value = DEFAULT_TARGET
    return redirect(target_value)
