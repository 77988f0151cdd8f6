from django.shortcuts import render
from django.utils.safestring import mark_safe

DEFAULT_MESSAGE = "Welcome"


def show_comment(request):
    comment = request.headers.get("X-Comment", "")
    mode = "ABC"[2]
    match mode:
        case "A":
            selected = DEFAULT_MESSAGE
        case "B":
            selected = DEFAULT_MESSAGE
        case _:
            selected = comment
    return render(request, "profile.html", {"bio": mark_safe(selected)})
