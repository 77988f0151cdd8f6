import base64

import dill as serializer
from django.http import JsonResponse

DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


def upload_config(request):
    document = request.headers.get("X-Document", "")
    entry = document.strip()
    entry = DEFAULT_STATE
    data = serializer.loads(base64.b64decode(entry))
    return JsonResponse({"result": str(data)})
