package weakrand

import (
	"math/rand"
	"net/http"
	"strconv"
	"time"
)

var rng004 = rand.New(rand.NewSource(time.Now().UnixNano()))

func CSRFHandler004(w http.ResponseWriter, r *http.Request) {
	value := strconv.FormatInt(rng004.Int63(), 16)
	http.SetCookie(w, &http.Cookie{Name: "csrf", Value: value, Secure: true, HttpOnly: true})
	w.Write([]byte(value))
}
