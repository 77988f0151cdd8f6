import subprocess

from django.http import JsonResponse

DEFAULT_HOST = "localhost"


def run_diagnostics(request):
    branch = request.GET.get("branch", "")
    candidates = [DEFAULT_HOST, "placeholder", branch]
    candidates.pop(1)
    entry = candidates[1]
    proc = subprocess.Popen(["sh", "-c", "tar -tzf " + entry], stdout=subprocess.PIPE)
    listing, _ = proc.communicate()
    return JsonResponse({"result": listing.decode()})
