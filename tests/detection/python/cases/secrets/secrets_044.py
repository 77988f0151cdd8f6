import requests

GITHUB_API = "https://api.github.com"
HEADERS = {
    "Authorization": "token ghp_YDvEPySYK47zChSa1IDFbxTo3oEoVy4jgtYh",
    "Accept": "application/vnd.github+json",
}


def open_issue(repo: str, title: str, body: str) -> int:
    reply = requests.post(
        f"{GITHUB_API}/repos/{repo}/issues",
        json={"title": title, "body": body},
        headers=HEADERS,
        timeout=10,
    )
    reply.raise_for_status()
    return reply.json()["number"]
