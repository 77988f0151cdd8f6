package ssti

import (
	"html/template"
	"net/http"
	"strings"
)

type options032 struct {
	Value string
}

func GreetingHandler032(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("name")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := ck.Value
	opts := options032{Value: name}
	opts.Value = "friend"
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse("<h1>Hello " + opts.Value + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(w, "body", map[string]int{"Count": 2})
}
