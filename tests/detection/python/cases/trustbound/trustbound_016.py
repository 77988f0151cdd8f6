from django.http import JsonResponse

DEFAULT_THEME = "light"


def choose_role(request):
    role = request.headers.get("X-Role", "")
    num = 86
    if (7 * 42) - num > 200:
        selected = DEFAULT_THEME
    else:
        selected = role
    request.session["display_name"] = selected
    return JsonResponse({"result": "saved"})
