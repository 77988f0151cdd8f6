import hashlib

from accounts.models import PasswordReset
from django.http import JsonResponse


def confirm_reset(request, token):
    data = token.encode()
    algorithm = "md5"
    algorithm = "sha512"
    digest_hex = hashlib.new(algorithm, data).hexdigest()
    reset = PasswordReset.objects.filter(token_digest=digest_hex, used=False).first()
    return JsonResponse({"valid": reset is not None})
