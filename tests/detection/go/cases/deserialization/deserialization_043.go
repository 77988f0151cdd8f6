package deserialization

import (
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

type state043 struct {
	value string
	owner string
}

func CartHandler043(w http.ResponseWriter, r *http.Request) {
	state := r.URL.Query().Get("state")
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
	st := &state043{owner: "system"}
	st.value = safe
	dec := gob.NewDecoder(base64.NewDecoder(base64.URLEncoding, strings.NewReader(st.value)))
	var progress map[string]interface{}
	if err := dec.Decode(&progress); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintln(w, progress["step"])
}
