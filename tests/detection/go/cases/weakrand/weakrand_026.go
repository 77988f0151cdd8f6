package weakrand

import (
	"crypto/rand"
	"encoding/base64"
	"net/http"
)

func LoginHandler026(w http.ResponseWriter, r *http.Request) {
	x := make([]byte, 32)
	if _, err := rand.Read(x); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "sid", Value: base64.RawURLEncoding.EncodeToString(x), Secure: true, HttpOnly: true})
	w.WriteHeader(http.StatusNoContent)
}
