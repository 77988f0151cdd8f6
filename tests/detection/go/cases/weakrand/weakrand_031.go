package weakrand

import (
	"math/rand"
)

var tips031 = []string{"Press ? for shortcuts", "Drag files to upload", "Star a project to pin it"}

func TipOfTheDay031() string {
	return tips031[rand.Intn(len(tips031))]
}
