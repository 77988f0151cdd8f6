package ssti

import (
	"html/template"
	"net/http"
	"regexp"
	"strings"
)

var namePattern043 = regexp.MustCompile(`^[a-z0-9_]{1,32}$`)

func valid043(value string) bool {
	return namePattern043.MatchString(value)
}

func GreetingHandler043(w http.ResponseWriter, r *http.Request) {
	name := r.URL.Query().Get("name")
	if !valid043(name) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var sb strings.Builder
	sb.WriteString("<h1>Hello ")
	sb.WriteString(name)
	sb.WriteString("</h1><p>You have {{.Count}} new messages</p>")
	base := template.New("layout").Funcs(template.FuncMap{"upper": strings.ToUpper})
	tmpl, err := base.New("body").Parse(sb.String())
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	tmpl.ExecuteTemplate(w, "body", map[string]int{"Count": 2})
}
