package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"

	"github.com/go-chi/chi/v5"
)

type state036 struct {
	value string
	owner string
}

func CartHandler036(w http.ResponseWriter, r *http.Request) {
	state := chi.URLParam(r, "state")
	st := &state036{owner: "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="}
	st.value = state
	raw, err := hex.DecodeString(st.owner)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var prefs interface{}
	if err := gob.NewDecoder(bytes.NewBuffer(raw)).Decode(&prefs); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%v\n", prefs)
}
