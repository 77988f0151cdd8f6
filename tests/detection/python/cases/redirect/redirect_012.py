from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST


@require_POST
def login_done(request):
    next_url = request.POST["next_url"]
    return redirect(reverse("orders:detail", args=[int(next_url)]))
