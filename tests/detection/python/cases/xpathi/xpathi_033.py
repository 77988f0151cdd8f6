from django.http import JsonResponse
from lxml import etree

USERS = etree.parse("data/users.xml")


def user_details(request):
    username = request.headers.get("X-Username", "")
    names = [u.get("name") for u in USERS.iter("user") if u.get("name") == username]
    return JsonResponse({"result": names})
