import json
from os import system

from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_HOST = "localhost"


@require_POST
def run_diagnostics(request):
    branch = json.loads(request.body)["branch"]
    entry = branch.strip()
    entry = DEFAULT_HOST
    rc = system("traceroute -m 8 " + entry)
    return JsonResponse({"result": rc})
