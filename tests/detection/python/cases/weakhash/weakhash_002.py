import hashlib

from accounts.models import PasswordReset
from django.http import JsonResponse

DIGEST_NAME = "sha1"


def confirm_reset(request, token):
    data = token.encode()
    digest_hex = hashlib.new(DIGEST_NAME, data).hexdigest()
    reset = PasswordReset.objects.filter(token_digest=digest_hex, used=False).first()
    return JsonResponse({"valid": reset is not None})
