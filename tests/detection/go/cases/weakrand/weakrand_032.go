package weakrand

import (
	crand "crypto/rand"
	"encoding/hex"
	"math/rand"
)

type card032 struct {
	ID int
}

func Deal032(deck []card032) (string, []card032) {
	rand.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	gameID := make([]byte, 16)
	if _, err := crand.Read(gameID); err != nil {
		panic(err)
	}
	return hex.EncodeToString(gameID), deck
}
