package weakrand

import (
	"crypto/rand"
	"encoding/hex"
)

type session044 struct {
	ID   string
	User string
}

func StartSession044(user string) (session044, error) {
	id := make([]byte, 16)
	if _, err := rand.Read(id); err != nil {
		return session044{}, err
	}
	return session044{ID: hex.EncodeToString(id), User: user}, nil
}
