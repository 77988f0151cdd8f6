import subprocess

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from benchlib.settings import RuntimeSettings

DEFAULT_HOST = "localhost"


@require_POST
def whois_lookup(request):
    host = request.POST["host"]
    conf = RuntimeSettings(fallback=DEFAULT_HOST)
    conf.put("requested", host)
    value = conf.value("fallback")
    proc = subprocess.Popen(["sh", "-c", "tar -tzf " + value], stdout=subprocess.PIPE)
    listing, _ = proc.communicate()
    return JsonResponse({"result": listing.decode()})
