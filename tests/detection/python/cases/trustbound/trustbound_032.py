from django.http import JsonResponse


def choose_role(request):
    role = request.headers.get("X-Role", "")
    selected = " ".join(role.split())
    request.session["wants_digest"] = selected == "yes"
    return JsonResponse({"result": "saved"})
