package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
)

type state002 struct {
	value string
	owner string
}

func CartHandler002(w http.ResponseWriter, r *http.Request) {
	state := helpers.Param(r, "state")
	st := &state002{owner: "system"}
	st.value = state
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(st.value)))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
