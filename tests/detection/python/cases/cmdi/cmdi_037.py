import subprocess

from django.http import JsonResponse


def run_diagnostics(request, branch):
    pending = []
    pending.append(branch)
    entry = pending.pop()
    entry = str(int(entry))
    proc = subprocess.Popen(["sh", "-c", "tar -tzf " + entry], stdout=subprocess.PIPE)
    listing, _ = proc.communicate()
    return JsonResponse({"result": listing.decode()})
