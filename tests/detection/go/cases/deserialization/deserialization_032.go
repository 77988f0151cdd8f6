package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"
)

type options032 struct {
	Value string
}

func CartHandler032(w http.ResponseWriter, r *http.Request) {
	ck, err := r.Cookie("state")
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state := ck.Value
	opts := options032{Value: state}
	opts.Value = "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(opts.Value)))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
