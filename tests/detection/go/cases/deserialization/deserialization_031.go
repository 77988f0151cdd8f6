package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
)

type cart031 struct {
	Items []string
	Total int64
}

func CartHandler031(w http.ResponseWriter, r *http.Request) {
	state := r.Header.Get("X-State")
	arg := "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="
	if 7*6 < 40 {
		arg = state
	}
	raw, err := base64.StdEncoding.DecodeString(arg)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var cart cart031
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d items\n", len(cart.Items))
}
