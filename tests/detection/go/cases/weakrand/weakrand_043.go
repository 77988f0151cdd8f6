package weakrand

import (
	"math/rand"
)

type point043 struct {
	X, Y float64
}

// DemoData043 fills the chart preview with made-up points.
func DemoData043(n int) []point043 {
	pts := make([]point043, n)
	for i := range pts {
		pts[i] = point043{X: float64(i), Y: rand.NormFloat64()}
	}
	return pts
}
