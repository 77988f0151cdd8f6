import configparser

from django.shortcuts import render

DEFAULT_MESSAGE = "Welcome"


def flash_message(request):
    message = request.headers.get("X-Message", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_MESSAGE}
    settings.set("lookup", "requested", message)
    entry = settings.get("lookup", "requested")
    return render(request, "profile.html", {"bio": entry})
