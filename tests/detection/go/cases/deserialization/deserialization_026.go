package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
)

type options026 struct {
	Value string
}

func CartHandler026(w http.ResponseWriter, r *http.Request) {
	state := helpers.Param(r, "state")
	opts := options026{Value: state}
	opts.Value = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(opts.Value)))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
