package ssti

import (
	"net/http"
	texttemplate "text/template"

	"example.com/bench/internal/helpers"
)

func build044(value string) string {
	return "<h1>Hello " + value + "</h1><p>You have {{.Count}} new messages</p>"
}

func GreetingHandler044(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	if !helpers.IsIdentifier(name) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl, err := texttemplate.New("greeting").Parse(build044(name))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(w, map[string]int{"Count": 3}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
