package weakrand

import (
	"encoding/hex"
	"math/rand"
	"net/http"
)

func LoginHandler010(w http.ResponseWriter, r *http.Request) {
	x := make([]byte, 20)
	rand.Read(x)
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: hex.EncodeToString(x), Secure: true, HttpOnly: true})
	w.WriteHeader(http.StatusNoContent)
}
