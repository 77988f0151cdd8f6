package weakrand

import (
	"math/rand"
)

type session020 struct {
	ID   string
	User string
}

func StartSession020(user string) session020 {
	id := make([]byte, 12)
	for i := range id {
		id[i] = "0123456789ABCDEF"[rand.Intn(16)]
	}
	return session020{ID: string(id), User: user}
}
