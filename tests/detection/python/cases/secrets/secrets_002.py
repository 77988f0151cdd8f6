import os

import requests

GITHUB_API = "https://api.github.com"


def open_issue(repo: str, title: str, body: str) -> int:
    headers = {"Authorization": f"token {os.getenv('GITHUB_TOKEN', '')}"}
    reply = requests.post(
        f"{GITHUB_API}/repos/{repo}/issues",
        json={"title": title, "body": body},
        headers=headers,
        timeout=10,
    )
    reply.raise_for_status()
    return reply.json()["number"]
