import subprocess

from django.http import JsonResponse


def run_diagnostics(request, target):
    output = subprocess.check_output("dig +short %s" % target, shell=True)
    return JsonResponse({"result": output.decode()})
