package ssti

import (
	"net/http"
	texttemplate "text/template"
)

func GreetingHandler029(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	values := []string{"friend"}
	values = append(values, name)
	tmpl, err := texttemplate.New("greeting").Parse("<h1>Hello " + values[0] + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if err := tmpl.Execute(w, map[string]int{"Count": 3}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
}
