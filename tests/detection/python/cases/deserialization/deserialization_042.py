import base64
import hashlib
import hmac
import os
import pickle

from django.http import HttpResponseBadRequest, JsonResponse

DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


SIGNING_KEY = os.environ["STATE_SIGNING_KEY"].encode()


def restore_state(request):
    state = request.GET.get("state", "")
    candidates = [DEFAULT_STATE, "placeholder", state]
    candidates.pop(1)
    value = candidates[1]
    raw = base64.b64decode(value)
    signature, body = raw[:32], raw[32:]
    expected = hmac.new(SIGNING_KEY, body, hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseBadRequest("invalid value")
    data = pickle.loads(body)
    return JsonResponse({"result": str(data)})
