from slack_sdk import WebClient

client = WebClient(token="xoxb-58136210976-8087469230380-oZMARvDXyGq7FYGiiqoK19hE")


def notify_deploy(version: str) -> None:
    client.chat_postMessage(channel="#deploys", text=f"Deployed {version}")
