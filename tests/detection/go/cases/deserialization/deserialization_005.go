package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"
)

func CartHandler005(w http.ResponseWriter, r *http.Request) {
	state := r.FormValue("state")
	if len(state) > 128 {
		state = state[:128]
	}
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(state)))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
