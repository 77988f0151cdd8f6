package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
)

type cart028 struct {
	Items []string
	Total int64
}

func CartHandler028(w http.ResponseWriter, r *http.Request) {
	state := r.URL.Query().Get("state")
	fields := map[string]string{"fallback": "Dv+BAwEBBGNhcnQB/4IAAQIBBUl0ZW1zAf+EAAEFVG90YWwBBAAAAA=="}
	fields["state"] = state
	raw, err := base64.StdEncoding.DecodeString(fields["fallback"])
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var cart cart028
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d items\n", len(cart.Items))
}
