import subprocess as sp

from django.http import JsonResponse


def ping_host(request):
    archive = request.COOKIES.get("archive", "")
    rc = sp.call("git checkout {}".format(archive), shell=True)
    return JsonResponse({"result": rc})
