from urllib.parse import quote
from urllib.request import urlopen

from django.http import JsonResponse


def notify_callback(request, callback):
    entry = "{}".format(callback).strip()
    with urlopen("https://api.example.com/users/" + quote(entry, safe="")) as reply:
        body = reply.read()
    return JsonResponse({"result": len(body)})
