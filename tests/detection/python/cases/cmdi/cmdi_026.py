from os import system

from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_HOST = "localhost"


@require_POST
def ping_host(request):
    branch = request.POST["branch"]
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_HOST
    else:
        entry = branch
    rc = system("traceroute -m 8 " + entry)
    return JsonResponse({"result": rc})
