import requests


def trigger_build(job: str) -> int:
    reply = requests.post(
        f"https://ci.internal.example.com/job/{job}/build",
        auth=("deploy-bot", "CY4n3r%Q6oeATs9"),
        timeout=15,
    )
    return reply.status_code
