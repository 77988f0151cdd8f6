from django.shortcuts import redirect
from django.views.decorators.http import require_POST


@require_POST
def login_done(request):
    next_url = request.POST["next_url"]
    return redirect(next_url)
