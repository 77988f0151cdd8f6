import urllib.request

from django.http import JsonResponse


def import_feed(request, feed):
    with urllib.request.urlopen(feed, timeout=5) as reply:
        body = reply.read()
    return JsonResponse({"result": len(body)})
