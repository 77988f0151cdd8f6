package ssti

import (
	"bytes"
	"fmt"
	"net/http"
	"text/template"
)

func GreetingHandler015(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	name := r.Form.Get("name")
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse(fmt.Sprintf("<h1>Hello %s</h1><p>You have {{.Count}} new messages</p>", name))).Execute(&buf, struct{ Count int }{7}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(buf.Bytes())
}
