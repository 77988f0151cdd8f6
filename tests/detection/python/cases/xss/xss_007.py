import configparser

from django.shortcuts import render
from django.utils.safestring import mark_safe

DEFAULT_MESSAGE = "Welcome"


def show_comment(request):
    comment = request.headers.get("X-Comment", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_MESSAGE}
    settings.set("lookup", "requested", comment)
    selected = settings.get("lookup", "requested")
    return render(request, "profile.html", {"bio": mark_safe(selected)})
