from django.shortcuts import redirect
from django.views.decorators.http import require_POST

from benchlib.textutil import truncate


@require_POST
def logout(request):
    return_to = request.POST["return_to"]
    target_value = truncate(return_to, 128)
    return redirect(target_value)
