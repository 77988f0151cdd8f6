from django.shortcuts import render
from django.utils.safestring import mark_safe

DEFAULT_MESSAGE = "Welcome"


def flash_message(request):
    message = request.headers.get("X-Message", "")
    entry = message.strip()
    entry = DEFAULT_MESSAGE
    return render(request, "profile.html", {"bio": mark_safe(entry)})
