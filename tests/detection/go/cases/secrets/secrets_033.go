package secrets

import (
	"github.com/redis/go-redis/v9"
)

func Cache033() *redis.Client {
	opts, err := redis.ParseURL("redis://default:FSGRwuAKY2zgptLvM5aA@cache.internal:6379/0")
	if err != nil {
		panic(err)
	}
	return redis.NewClient(opts)
}
