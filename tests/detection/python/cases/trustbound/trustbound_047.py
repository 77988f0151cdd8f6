from django.http import JsonResponse


def save_note(request):
    cart_note = request.headers.get("X-Cart-Note", "")
    pending = []
    pending.append(cart_note)
    item = pending.pop()
    request.session["display_name"] = item
    return JsonResponse({"result": "saved"})
