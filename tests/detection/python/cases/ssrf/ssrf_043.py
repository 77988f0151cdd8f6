from urllib.parse import quote
from urllib.request import urlopen

from django.http import JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def fetch_preview(request):
    url = request.POST["url"]
    with urlopen("https://api.example.com/users/" + quote(url, safe="")) as reply:
        body = reply.read()
    return JsonResponse({"result": len(body)})
