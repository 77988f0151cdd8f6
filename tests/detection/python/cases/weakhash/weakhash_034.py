from accounts.models import PasswordReset
from Crypto.Hash import MD5
from django.http import JsonResponse


def confirm_reset(request, token):
    data = token.encode()
    digest_hex = MD5.new(data).hexdigest()
    reset = PasswordReset.objects.filter(token_digest=digest_hex, used=False).first()
    return JsonResponse({"valid": reset is not None})
