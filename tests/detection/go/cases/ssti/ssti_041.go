package ssti

import (
	"fmt"
	"html/template"
	"net/http"

	"example.com/bench/internal/helpers"
)

func GreetingHandler041(w http.ResponseWriter, r *http.Request) {
	name := helpers.Param(r, "name")
	var safe string
	switch name {
	case "admin", "staff":
		safe = "staff"
	case "guest":
		safe = "guest"
	default:
		safe = "member"
	}
	tmpl, err := template.New("page").Parse(fmt.Sprintf("<h1>Hello %s</h1><p>You have {{.Count}} new messages</p>", safe))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, map[string]int{"Count": 1})
}
