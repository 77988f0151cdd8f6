package ssti

import (
	"html/template"
	"net/http"

	"github.com/gorilla/mux"
)

func GreetingHandler034(w http.ResponseWriter, r *http.Request) {
	name := mux.Vars(r)["name"]
	fields := map[string]string{"fallback": "friend"}
	fields["name"] = name
	tmpl, err := template.New("page").Parse("<h1>Hello " + fields["fallback"] + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.Execute(w, map[string]int{"Count": 1})
}
