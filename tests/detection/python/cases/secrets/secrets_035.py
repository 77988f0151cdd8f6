import requests

MAPS_KEY = "AIzacYLpxHh9ky6SLJkFwIfRW3GzS3sNJiTDFoY"


def geocode(address: str) -> dict:
    reply = requests.get(
        "https://maps.googleapis.com/maps/api/geocode/json",
        params={"address": address, "key": MAPS_KEY},
        timeout=10,
    )
    return reply.json()
