package ssti

import (
	"net/http"
	texttemplate "text/template"
)

func GreetingHandler005(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	if len(name) > 128 {
		name = name[:128]
	}
	tmpl, err := texttemplate.New("greeting").Parse("<h1>Hello " + name + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(w, map[string]int{"Count": 3}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
