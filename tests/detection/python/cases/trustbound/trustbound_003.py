from django.http import JsonResponse


def save_note(request):
    cart_note = request.headers.get("X-Cart-Note", "")
    request.session.setdefault("cart_note", cart_note)
    return JsonResponse({"result": "saved"})
