package deserialization

import (
	"encoding/base64"
	"encoding/gob"
	"fmt"
	"net/http"
	"strings"

	"example.com/bench/internal/helpers"
)

func CartHandler020(w http.ResponseWriter, r *http.Request) {
	state := r.FormValue("state")
	settings := helpers.NewSettings()
	settings.Set("state", state)
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(settings.Get("state"))))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
