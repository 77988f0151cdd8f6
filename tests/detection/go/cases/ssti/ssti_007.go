package ssti

import (
	"bytes"
	"net/http"
	"text/template"
)

func GreetingHandler007(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("X-Name")
	fields := map[string]string{}
	fields["name"] = name
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse("<h1>Hello "+fields["name"]+"</h1><p>You have {{.Count}} new messages</p>")).Execute(&buf, struct{ Count int }{7}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(buf.Bytes())
}
