package ssti

import (
	"net/http"
	texttemplate "text/template"
)

func GreetingHandler013(w http.ResponseWriter, r *http.Request) {
	name := r.PostFormValue("name")
	tmpl, err := texttemplate.New("greeting").Parse(name)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(w, map[string]int{"Count": 3}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
