package weakrand

import (
	"fmt"
	"math/rand"
)

func NewSession014() string {
	return fmt.Sprintf("%08x-%08x-%08x", rand.Uint32(), rand.Uint32(), rand.Uint32())
}
