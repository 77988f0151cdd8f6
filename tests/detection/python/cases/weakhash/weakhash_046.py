from accounts.models import PasswordReset
from cryptography.hazmat.primitives import hashes
from django.http import JsonResponse


def confirm_reset(request, token):
    data = token.encode()
    hasher = hashes.Hash(hashes.SHA256())
    hasher.update(data)
    digest_hex = hasher.finalize().hex()
    reset = PasswordReset.objects.filter(token_digest=digest_hex, used=False).first()
    return JsonResponse({"valid": reset is not None})
