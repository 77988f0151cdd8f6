import random

from django.core.mail import send_mail
from django.http import JsonResponse


def send_login_code(request):
    value = "%032x" % random.getrandbits(128)
    request.session["pending_code"] = value
    send_mail("Your sign-in code", value, None, [request.user.email])
    return JsonResponse({"sent": True})
