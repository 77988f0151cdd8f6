package weakrand

import (
	"math/rand"
)

type track027 struct {
	Title string
}

// ShufflePlaylist027 reorders the tracks for the shuffle button.
func ShufflePlaylist027(tracks []track027) {
	rand.Shuffle(len(tracks), func(i, j int) {
		tracks[i], tracks[j] = tracks[j], tracks[i]
	})
}
