from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

DEFAULT_TARGET = "/dashboard"


@require_POST
def login_done(request):
    next_url = request.POST["next_url"]
    candidates = [DEFAULT_TARGET, "placeholder", next_url]
    candidates.pop(1)
    value = candidates[1]
    return redirect(reverse("orders:detail", args=[int(value)]))
