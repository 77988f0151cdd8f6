package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"
)

type cart022 struct {
	Items []string
	Total int64
}

func CartHandler022(w http.ResponseWriter, r *http.Request) {
	state := r.Header.Get("X-State")
	if i := strings.IndexByte(state, '#'); i >= 0 {
		state = state[:i]
	}
	raw, err := base64.StdEncoding.DecodeString(state)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var cart cart022
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d items\n", len(cart.Items))
}
