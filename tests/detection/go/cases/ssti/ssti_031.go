package ssti

import (
	"bytes"
	"net/http"
	"text/template"
)

func GreetingHandler031(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("X-Name")
	arg := "<h1>Hello " + "friend" + "</h1><p>You have {{.Count}} new messages</p>"
	if 7*6 < 40 {
		arg = "<h1>Hello " + name + "</h1><p>You have {{.Count}} new messages</p>"
	}
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse(arg)).Execute(&buf, struct{ Count int }{7}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(buf.Bytes())
}
