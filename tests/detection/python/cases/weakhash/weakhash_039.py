import configparser
import hashlib

from accounts.models import PasswordReset
from django.http import JsonResponse

HASH_SETTINGS = "[hashing]\nalgorithm = md5\n"


def confirm_reset(request, token):
    data = token.encode()
    config = configparser.ConfigParser()
    config.read_string(HASH_SETTINGS)
    digest_hex = hashlib.new(config["hashing"]["algorithm"], data).hexdigest()
    reset = PasswordReset.objects.filter(token_digest=digest_hex, used=False).first()
    return JsonResponse({"valid": reset is not None})
