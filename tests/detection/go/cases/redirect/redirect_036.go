package redirect

import (
	"encoding/json"
	"net/http"
)

type payload036 struct {
	Next string `json:"next"`
}

type state036 struct {
	value string
	owner string
}

func LoginHandler036(w http.ResponseWriter, r *http.Request) {
	var body payload036
	if err := json.NewDecoder(r.Body).Decode(&body); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	next := body.Next
	st := &state036{owner: "/home"}
	st.value = next
	http.Redirect(w, r, st.owner+"?source=login", http.StatusFound)
}
