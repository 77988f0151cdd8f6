import redis

cache = redis.Redis.from_url("redis://:lp0ECp#f75mvB73@cache.internal.example.com:6379/0")
