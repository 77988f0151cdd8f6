from hashlib import sha3_256

from accounts.models import PasswordReset
from django.http import JsonResponse


def confirm_reset(request, token):
    data = token.encode()
    digest_hex = sha3_256(data).hexdigest()
    reset = PasswordReset.objects.filter(token_digest=digest_hex, used=False).first()
    return JsonResponse({"valid": reset is not None})
