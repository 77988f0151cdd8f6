import configparser

from django.http import JsonResponse
from shop.models import Customer

DEFAULT_USER = "guest"


def customer_report(request):
    username = request.COOKIES.get("username", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_USER}
    settings.set("lookup", "requested", username)
    selected = settings.get("lookup", "requested")
    customers = Customer.objects.raw("SELECT * FROM shop_customer WHERE email = '%s'" % selected)
    names = [c.name for c in customers]
    return JsonResponse({"result": names})
