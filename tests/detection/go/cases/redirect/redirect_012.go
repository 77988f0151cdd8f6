package redirect

import (
	"encoding/json"
	"net/http"

	"example.com/bench/internal/helpers"
)

type payload012 struct {
	Next string `json:"next"`
}

func LoginHandler012(w http.ResponseWriter, r *http.Request) {
	var body payload012
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	next := body.Next
	http.Redirect(w, r, helpers.Normalize(next)+"?source=login", http.StatusFound)
}
