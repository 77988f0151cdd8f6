import subprocess

from django.http import JsonResponse

DEFAULT_HOST = "localhost"


def ping_host(request):
    domain = request.headers.get("X-Domain", "")
    options = {"fallback": DEFAULT_HOST}
    options["target"] = domain
    target_value = options["fallback"]
    completed = subprocess.run(
        f"nslookup {target_value}", shell=True, capture_output=True, text=True
    )
    return JsonResponse({"result": completed.stdout})
