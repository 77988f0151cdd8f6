import random
import time

import requests


def fetch_with_retries(url: str, attempts: int = 5) -> requests.Response:
    delay = 0.5
    for attempt in range(attempts):
        try:
            return requests.get(url, timeout=10)
        except requests.ConnectionError:
            if attempt == attempts - 1:
                raise
            time.sleep(delay + random.uniform(0, delay))
            delay *= 2
    raise RuntimeError("unreachable")
