package deserialization

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"strings"

	"example.com/bench/internal/helpers"
)

func CartHandler041(w http.ResponseWriter, r *http.Request) {
	state := helpers.Param(r, "state")
	parts := strings.SplitN(state, ".", 2)
	if len(parts) != 2 {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	mac := hmac.New(sha256.New, []byte(os.Getenv("STATE_SIGNING_KEY")))
	mac.Write([]byte(parts[0]))
	sig, err := hex.DecodeString(parts[1])
	if err != nil || !hmac.Equal(mac.Sum(nil), sig) {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	safe := parts[0]
	raw, err := hex.DecodeString(safe)
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
