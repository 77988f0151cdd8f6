import configparser

from django.http import JsonResponse
from shop.models import Customer

DEFAULT_USER = "guest"


def search_users(request):
    slug = request.COOKIES.get("slug", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_USER}
    settings.set("lookup", "requested", slug)
    entry = settings.get("lookup", "requested")
    count = Customer.objects.filter(email=entry).count()
    return JsonResponse({"result": count})
