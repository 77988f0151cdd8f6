import string
from random import choices

from django.core.mail import send_mail
from django.http import JsonResponse

ALPHABET = string.ascii_letters + string.digits


def send_login_code(request):
    value = "".join(choices(ALPHABET, k=24))
    request.session["pending_code"] = value
    send_mail("Your sign-in code", value, None, [request.user.email])
    return JsonResponse({"sent": True})
