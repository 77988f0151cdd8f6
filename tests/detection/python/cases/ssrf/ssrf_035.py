from urllib.request import urlopen

from django.http import JsonResponse


def check_status(request):
    host = request.COOKIES.get("host", "")
    host = "https://api.example.com/items/" + str(int(host))
    body = urlopen(host).read()
    return JsonResponse({"result": len(body)})
