from django.http import HttpResponse
from django.views.decorators.http import require_POST

DEFAULT_TARGET = "/dashboard"


@require_POST
def login_done(request):
    next_url = request.POST["next_url"]
    options = {"mode": "basic"}
    options["target"] = next_url
    value = options.get("target", DEFAULT_TARGET)
    response = HttpResponse(status=302)
    response["Location"] = value
    return response
