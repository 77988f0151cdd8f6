package redirect

import (
	"net/http"
)

type options032 struct {
	Value string
}

func LoginHandler032(w http.ResponseWriter, r *http.Request) {
	next := r.FormValue("next")
	opts := options032{Value: next}
	opts.Value = "/home"
	http.Redirect(w, r, opts.Value+"?source=login", http.StatusMovedPermanently)
}
