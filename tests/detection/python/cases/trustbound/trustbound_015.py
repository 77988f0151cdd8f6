import configparser

from django.http import JsonResponse

DEFAULT_THEME = "light"


def save_note(request):
    cart_note = request.headers.get("X-Cart-Note", "")
    settings = configparser.ConfigParser(interpolation=None)
    settings["lookup"] = {"fallback": DEFAULT_THEME}
    settings.set("lookup", "requested", cart_note)
    item = settings.get("lookup", "fallback")
    request.session["display_name"] = item
    return JsonResponse({"result": "saved"})
