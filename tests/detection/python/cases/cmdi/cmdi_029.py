import os

from django.http import JsonResponse

from benchlib import textutil


def run_diagnostics(request):
    archive = request.headers.get("X-Archive", "")
    selected = textutil.normalize_spaces(archive)
    output = os.popen("whois " + selected).read()
    return JsonResponse({"result": output})
