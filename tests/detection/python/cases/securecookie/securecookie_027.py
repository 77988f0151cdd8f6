import secrets

from django.contrib.auth import authenticate
from django.http import HttpResponseForbidden, JsonResponse
from django.views.decorators.http import require_POST


@require_POST
def sign_in(request):
    user = authenticate(
        request, username=request.POST["username"], password=request.POST["password"]
    )
    if user is None:
        return HttpResponseForbidden("invalid credentials")
    token = secrets.token_urlsafe(32)
    response = JsonResponse({"user": user.get_username()})
    response.set_cookie("sessionid", token, secure=True, httponly=True, samesite="Lax")
    return response
