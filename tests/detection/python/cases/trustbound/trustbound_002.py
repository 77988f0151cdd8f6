from django.http import JsonResponse

DEFAULT_THEME = "light"


def set_locale(request):
    locale = request.headers.get("X-Locale", "")
    candidates = [DEFAULT_THEME, "placeholder", locale]
    candidates.pop(1)
    entry = candidates[1]
    request.session.setdefault("cart_note", entry)
    return JsonResponse({"result": "saved"})
