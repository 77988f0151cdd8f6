package deserialization

import (
	"bytes"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"

	"example.com/bench/internal/helpers"
	"github.com/go-chi/chi/v5"
)

func CartHandler012(w http.ResponseWriter, r *http.Request) {
	state := chi.URLParam(r, "state")
	raw, err := hex.DecodeString(helpers.Normalize(state))
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var prefs interface{}
	if err := gob.NewDecoder(bytes.NewBuffer(raw)).Decode(&prefs); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%v\n", prefs)
}
