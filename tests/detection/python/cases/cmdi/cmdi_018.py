import subprocess

from django.http import JsonResponse


def dns_lookup(request):
    domain = request.headers.get("X-Domain", "")
    completed = subprocess.run(["ping", "-c", "1", "--", domain], capture_output=True, text=True)
    return JsonResponse({"result": completed.returncode})
