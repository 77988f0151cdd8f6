package redirect

import (
	"net/http"
)

type state046 struct {
	value string
	owner string
}

func LoginHandler046(w http.ResponseWriter, r *http.Request) {
	next := r.URL.Query().Get("next")
	var dest string
	switch next {
	case "settings":
		dest = "/settings"
	case "billing":
		dest = "/billing"
	default:
		dest = "/"
	}
	st := &state046{owner: "system"}
	st.value = dest
	w.Header().Set("Location", st.value+"?source=login")
	w.WriteHeader(http.StatusSeeOther)
}
