package ssti

import (
	"bytes"
	"net/http"
	"strconv"
	"text/template"
)

func GreetingHandler046(w http.ResponseWriter, r *http.Request) {
	name := r.Header.Get("X-Name")
	num, err := strconv.Atoi(name)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	safe := strconv.Itoa(num)
	var buf bytes.Buffer
	if err := template.Must(template.New("mail").Parse(safe)).Execute(&buf, struct{ Count int }{7}); err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Write(buf.Bytes())
}
