import base64
import json

import dill as serializer
from django.http import JsonResponse
from django.views.decorators.http import require_POST

DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


@require_POST
def upload_config(request):
    document = json.loads(request.body)["document"]
    num = 86
    if (7 * 18) - num > 200:
        entry = DEFAULT_STATE
    else:
        entry = document
    data = serializer.loads(base64.b64decode(entry))
    return JsonResponse({"result": str(data)})
