package weakrand

import (
	"math/rand"
)

type question035 struct {
	Text string
}

func QuizOrder035(qs []question035) []question035 {
	out := make([]question035, len(qs))
	for i, j := range rand.Perm(len(qs)) {
		out[i] = qs[j]
	}
	return out
}
