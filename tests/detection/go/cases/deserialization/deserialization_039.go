package deserialization

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"net/http"
	"os"
	"strings"
)

type cart039 struct {
	Items []string
	Total int64
}

func CartHandler039(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	state := r.Form.Get("state")
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
	raw, err := base64.StdEncoding.DecodeString(safe)
	if err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	var cart cart039
	if err := gob.NewDecoder(bytes.NewReader(raw)).Decode(&cart); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d items\n", len(cart.Items))
}
