import base64
import io
import pickle

from django.http import JsonResponse

DEFAULT_STATE = "gASVFAAAAAAAAAB9lIwFdGhlbWWUjAVsaWdodJRzLg=="


def restore_state(request):
    state = request.META.get("HTTP_X_STATE", "")
    options = {"mode": "basic"}
    options["target"] = state
    value = options.get("target", DEFAULT_STATE)
    data = pickle.Unpickler(io.BytesIO(base64.urlsafe_b64decode(value))).load()
    return JsonResponse({"result": str(data)})
