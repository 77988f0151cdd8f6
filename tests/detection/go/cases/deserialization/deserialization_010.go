package deserialization

import (
	"bytes"
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"

	"github.com/gorilla/mux"
)

type state010 struct {
	value string
	owner string
}

type cart010 struct {
	Items []string
	Total int64
}

func CartHandler010(w http.ResponseWriter, r *http.Request) {
	state := mux.Vars(r)["state"]
	st := &state010{owner: "system"}
	st.value = state
	raw, err := base64.StdEncoding.DecodeString(st.value)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var cart cart010
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d items\n", len(cart.Items))
}
