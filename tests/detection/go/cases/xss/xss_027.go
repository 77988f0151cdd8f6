package xss

import (
	"encoding/json"
	"log"
	"net/http"
)

type payload027 struct {
	Name string `json:"name"`
}

func WelcomeHandler027(w http.ResponseWriter, r *http.Request) {
	var body payload027
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := body.Name
	log.Printf("request for %q", name)
	account := "visitor"
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte("<p>Hello, " + account + "</p>"))
}
