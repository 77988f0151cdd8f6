package ssti

import (
	"bytes"
	"net/http"
	"text/template"
)

func build023(value string) string {
	return "<h1>Hello " + value + "</h1><p>You have {{.Count}} new messages</p>"
}

func GreetingHandler023(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("name")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := ck.Value
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse(build023(name))).Execute(&buf, struct{ Count int }{7}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(buf.Bytes())
}
