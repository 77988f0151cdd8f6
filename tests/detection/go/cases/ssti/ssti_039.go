package ssti

import (
	"html/template"
	"net/http"
)

func GreetingHandler039(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := r.Form.Get("name")
	tmpl, err := template.ParseFiles("templates/profile.html")
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	tmpl.Execute(w, map[string]string{"Bio": name})
}
