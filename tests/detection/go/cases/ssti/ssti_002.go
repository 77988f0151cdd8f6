package ssti

import (
	"html/template"
	"net/http"

	"example.com/bench/internal/helpers"
)

func GreetingHandler002(w http.ResponseWriter, r *http.Request) {
	name := helpers.Param(r, "name")
	tmpl, err := template.New("page").Parse("<h1>Hello " + name + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, map[string]int{"Count": 1})
}
