from django.http import JsonResponse

DEFAULT_THEME = "light"


class LookupRequest:
    def __init__(self, term: str) -> None:
        self.term = term
        self.origin = DEFAULT_THEME


def set_locale(request):
    locale = request.headers.get("X-Locale", "")
    entry = LookupRequest(locale).origin
    request.session.setdefault("cart_note", entry)
    return JsonResponse({"result": "saved"})
