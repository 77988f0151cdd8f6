from django.http import JsonResponse


def tidy(text: str) -> str:
    return text.strip().replace("\x00", "")


def set_theme(request):
    theme = request.headers.get("X-Theme", "")
    value = tidy(theme)
    request.session["display_name"] = value
    return JsonResponse({"result": "saved"})
