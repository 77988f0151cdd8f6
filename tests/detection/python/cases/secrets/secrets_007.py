import os

import redis

cache = redis.Redis(
    host="cache.internal.example.com", port=6379, password=os.environ.get("REDIS_PASSWORD")
)
