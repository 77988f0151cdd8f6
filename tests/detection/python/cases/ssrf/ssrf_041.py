import urllib3
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from benchlib.settings import RuntimeSettings

DEFAULT_URL = "https://status.example.com/health"


@require_POST
def fetch_preview(request):
    url = request.POST["url"]
    conf = RuntimeSettings(fallback=DEFAULT_URL)
    conf.put("requested", url)
    value = conf.value("fallback")
    http = urllib3.PoolManager()
    reply = http.request("GET", value)
    return JsonResponse({"result": reply.status})
