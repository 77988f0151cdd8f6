from django.http import JsonResponse

DEFAULT_THEME = "light"


def update_profile(request):
    display_name = request.headers.get("X-Display-Name", "")
    if 7 * 3 < 2:
        target_value = display_name
    else:
        target_value = DEFAULT_THEME
    request.session.setdefault("cart_note", target_value)
    return JsonResponse({"result": "saved"})
