package deserialization

import (
	"encoding/json"
	"fmt"
	"net/http"
)

type cart037 struct {
	Items []string `json:"items"`
	Total int64    `json:"total"`
}

func CartHandler037(w http.ResponseWriter, r *http.Request) {
	state := r.PostFormValue("state")
	var cart cart037
	if err := json.Unmarshal([]byte(state), &cart); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%d items\n", len(cart.Items))
}
