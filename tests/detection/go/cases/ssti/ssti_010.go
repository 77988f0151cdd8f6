package ssti

import (
	"html/template"
	"net/http"
	"strings"

	"github.com/gorilla/mux"
)

func GreetingHandler010(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	var sb strings.Builder
	sb.WriteString("<h1>Hello ")
	sb.WriteString(name)
	sb.WriteString("</h1><p>You have {{.Count}} new messages</p>")
	tmpl, err := template.New("page").Parse(sb.String())
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, map[string]int{"Count": 1})
}
