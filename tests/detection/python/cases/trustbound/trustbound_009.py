from django.http import JsonResponse


def save_note(request):
    cart_note = request.headers.get("X-Cart-Note", "")
    request.session["wants_digest"] = cart_note == "yes"
    return JsonResponse({"result": "saved"})
