package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
)

type cart013 struct {
	Items []string
	Total int64
}

func CartHandler013(w http.ResponseWriter, r *http.Request) {
	state := r.PostFormValue("state")
	raw, err := base64.StdEncoding.DecodeString(state)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var cart cart013
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d items\n", len(cart.Items))
}
