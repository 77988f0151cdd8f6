from django.http import JsonResponse


def update_profile(request):
    display_name = request.headers.get("X-Display-Name", "")
    target_value = "{}".format(display_name).strip()
    request.session["display_name"] = target_value
    return JsonResponse({"result": "saved"})
