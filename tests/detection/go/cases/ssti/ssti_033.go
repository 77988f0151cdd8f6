package ssti

import (
	"encoding/json"
	"log"
	"net/http"
	texttemplate "text/template"
)

type payload033 struct {
	Name string `json:"name"`
}

func GreetingHandler033(w http.ResponseWriter, r *http.Request) {
	var body payload033
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := body.Name
	log.Printf("request for %q", name)
	account := "friend"
	tmpl, err := texttemplate.New("greeting").Parse("<h1>Hello " + account + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(w, map[string]int{"Count": 3}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
