package weakrand

import (
	"log"
	"math/rand"
)

func SampleLog029(line string) {
	if rand.Float64() < 0.01 {
		log.Println(line)
	}
}
