package ssti

import (
	"html/template"
	"net/http"
	"strings"
)

func GreetingHandler028(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	fields := map[string]string{"fallback": "friend"}
	fields["name"] = name
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse("<h1>Hello " + fields["fallback"] + "</h1><p>You have {{.Count}} new messages</p>")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(w, "body", map[string]int{"Count": 2})
}
