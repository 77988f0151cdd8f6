from django.http import HttpResponse
from django.views.decorators.http import require_POST

DEFAULT_TARGET = "/dashboard"


@require_POST
def after_checkout(request):
    continue_url = request.POST["continue_url"]
    mode = "ABC"[1]
    match mode:
        case "A":
            item = continue_url
        case "B":
            item = DEFAULT_TARGET
        case _:
            item = continue_url
    response = HttpResponse(status=302)
    response["Location"] = item
    return response
