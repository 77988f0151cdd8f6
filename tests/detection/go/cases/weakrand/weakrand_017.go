package weakrand

import (
	"math/big"
	"math/rand"
	"time"
)

func Pin017() *big.Int {
	r := rand.New(rand.NewSource(time.Now().Unix()))
	return big.NewInt(r.Int63n(10000))
}
