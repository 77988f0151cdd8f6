import configparser

from django.http import JsonResponse
from django.template import Context
from django.template import Template as DjangoTemplate

DEFAULT_GREETING = "Welcome back"


def preview_email(request):
    greeting = request.COOKIES.get("greeting", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_GREETING}
    settings.set("lookup", "requested", greeting)
    selected = settings.get("lookup", "requested")
    html = DjangoTemplate("Dear " + selected + ",").render(Context({}))
    return JsonResponse({"result": html})
