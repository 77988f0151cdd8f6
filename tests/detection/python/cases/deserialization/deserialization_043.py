import base64
import hashlib
import hmac
import json
import os
import pickle

from django.http import HttpResponseBadRequest, JsonResponse
from django.views.decorators.http import require_POST

SIGNING_KEY = os.environ["STATE_SIGNING_KEY"].encode()


@require_POST
def restore_state(request):
    state = json.loads(request.body)["state"]
    raw = base64.b64decode(state)
    signature, body = raw[:32], raw[32:]
    expected = hmac.new(SIGNING_KEY, body, hashlib.sha256).digest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseBadRequest("invalid value")
    data = pickle.loads(body)
    return JsonResponse({"result": str(data)})
