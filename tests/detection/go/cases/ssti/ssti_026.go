package ssti

import (
	"html/template"
	"net/http"

	"example.com/bench/internal/helpers"
)

type options026 struct {
	Value string
}

func GreetingHandler026(w http.ResponseWriter, r *http.Request) {
	name := helpers.Param(r, "name")
	opts := options026{Value: name}
	opts.Value = "friend"
	tmpl, err := template.New("page").Parse("<h1>Hello " + opts.Value + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, map[string]int{"Count": 1})
}
