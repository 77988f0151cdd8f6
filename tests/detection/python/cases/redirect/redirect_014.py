from django.http import HttpResponse
from django.views.decorators.http import require_POST


@require_POST
def go(request):
    target = request.POST["target"]
    response = HttpResponse(status=302)
    response["Location"] = target
    return response
