package weakrand

import (
	"fmt"
	"math/rand"
)

func AvatarColor034() string {
	return fmt.Sprintf("#%02x%02x%02x", rand.Intn(256), rand.Intn(256), rand.Intn(256))
}
