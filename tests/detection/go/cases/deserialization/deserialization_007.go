package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
)

type cart007 struct {
	Items []string
	Total int64
}

func CartHandler007(w http.ResponseWriter, r *http.Request) {
	state := r.Header.Get("X-State")
	fields := map[string]string{}
	fields["state"] = state
	raw, err := base64.StdEncoding.DecodeString(fields["state"])
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var cart cart007
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d items\n", len(cart.Items))
}
